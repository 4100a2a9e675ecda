#!/usr/bin/env bash
# Makes a Java base image as a `docker save` tarball without Docker or a container registry, for
# Jib's -Djib.from.image=tar://<file> (infra/deploy/images.md): a Debian minbase root filesystem
# from Debian's packages (mmdebstrap) plus a runtime linked from the local JDK at /opt/java/openjdk.
#
#   sudo infra/deploy/local-base-image.sh /tmp/thidua-base.tar        # JAVA_HOME: a JDK 21+
#
# For machines that reach Debian's mirrors but no container registry. Where a registry is reachable,
# use eclipse-temurin:25-jre-noble instead (security updates, pinned by digest).
set -euo pipefail

out=${1:?usage: local-base-image.sh OUTPUT.tar [DEBIAN_SUITE]}
suite=${2:-bookworm}
java_home=${JAVA_HOME:?set JAVA_HOME to a JDK 21 or newer}
command -v mmdebstrap >/dev/null || { echo "needs mmdebstrap (apt-get install mmdebstrap)" >&2; exit 1; }

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT

mmdebstrap --quiet --variant=minbase --include=ca-certificates,tzdata,fontconfig "$suite" "$work/rootfs.tar"
mkdir "$work/root"
tar -xf "$work/rootfs.tar" -C "$work/root"

# Every module but the development tools: the JDK may ship no jmods (JEP 493), so name them.
modules=$("$java_home/bin/java" --list-modules | cut -d@ -f1 \
  | grep -vE '^jdk\.(jpackage|jlink|jshell|compiler|javadoc|jdeps|jconsole|hotspot\.agent|jstatd|jcmd|jartool|jdi|jdwp\.agent|editpad|internal\.(ed|jvmstat|le|opt|md))' \
  | paste -sd,)
mkdir -p "$work/root/opt/java"
"$java_home/bin/jlink" --add-modules "$modules" --strip-debug --no-header-files --no-man-pages \
  --output "$work/root/opt/java/openjdk" 2>/dev/null

tar --numeric-owner -C "$work/root" -cf "$work/layer.tar" .
digest=$(sha256sum "$work/layer.tar" | cut -d' ' -f1)
cat > "$work/config.json" <<JSON
{"architecture":"amd64","os":"linux","config":{"Env":["PATH=/opt/java/openjdk/bin:/usr/local/sbin:/usr/local/bin:/usr/sbin:/usr/bin:/sbin:/bin","JAVA_HOME=/opt/java/openjdk","LANG=C.UTF-8"]},"rootfs":{"type":"layers","diff_ids":["sha256:$digest"]}}
JSON
echo '[{"Config":"config.json","RepoTags":["thidua-local/debian-jre:latest"],"Layers":["layer.tar"]}]' > "$work/manifest.json"
tar -C "$work" -cf "$out" manifest.json config.json layer.tar
echo "base image: $out (use -Djib.from.image=tar://$(realpath "$out"))"
