package vn.thidua.infra.testing;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.jar.Manifest;

/** A repository root whose module target/ folders hold executable jars of test main classes. */
public final class FakeRoot {

    private final Path root;

    public FakeRoot(Path root) {
        this.root = root;
    }

    public Path path() {
        return root;
    }

    /** Writes {@code <root>/<name>/target/<name>.jar} running {@code mainClass} (a JDK-only class). */
    public FakeRoot withApp(String name, Class<?> mainClass) throws IOException {
        return withJar(root.resolve(name).resolve("target").resolve(name + ".jar"), mainClass);
    }

    /** Writes {@code <root>/infra/identity-provider/target/identity-provider.jar} running {@code mainClass}. */
    public FakeRoot withIdentityProvider(Class<?> mainClass) throws IOException {
        return withJar(root.resolve("infra/identity-provider/target/identity-provider.jar"), mainClass);
    }

    private FakeRoot withJar(Path jar, Class<?> mainClass) throws IOException {
        Files.createDirectories(jar.getParent());
        Manifest manifest = new Manifest();
        manifest.getMainAttributes().put(Attributes.Name.MANIFEST_VERSION, "1.0");
        manifest.getMainAttributes().put(Attributes.Name.MAIN_CLASS, mainClass.getName());
        String entryName = mainClass.getName().replace('.', '/') + ".class";
        try (OutputStream file = Files.newOutputStream(jar);
                JarOutputStream out = new JarOutputStream(file, manifest);
                InputStream classFile = mainClass.getClassLoader().getResourceAsStream(entryName)) {
            out.putNextEntry(new JarEntry(entryName));
            classFile.transferTo(out);
            out.closeEntry();
        }
        return this;
    }
}
