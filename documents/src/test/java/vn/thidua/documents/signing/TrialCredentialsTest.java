package vn.thidua.documents.signing;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import org.junit.jupiter.api.Test;

class TrialCredentialsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T08:00:00Z");

    /** An in-memory store with the same first-insert-wins rule as a unique key. */
    static final class MapStore implements TrialCredentials.Store {
        final Map<String, byte[]> kept = new ConcurrentHashMap<>();

        @Override
        public Optional<byte[]> find(String agencyCode) {
            return Optional.ofNullable(kept.get(agencyCode));
        }

        @Override
        public boolean insertIfAbsent(String agencyCode, byte[] pkcs12, String subject, Instant createdAt) {
            return kept.putIfAbsent(agencyCode, pkcs12) == null;
        }
    }

    @Test
    void anAgencyGetsOneTrialCertificateGeneratedOnceAndKept() {
        MapStore store = new MapStore();
        TrialCredentials trial = new TrialCredentials(store, "mk".toCharArray(), "letters");

        TrialCredentials.Obtained first = trial.obtain("SNNMT", "Sở Nông nghiệp và Môi trường", "UBND tỉnh Quảng Ngãi", NOW);
        TrialCredentials.Obtained again = new TrialCredentials(store, "mk".toCharArray(), "letters")
                .obtain("SNNMT", "Sở Nông nghiệp và Môi trường", "UBND tỉnh Quảng Ngãi", NOW.plusSeconds(60));

        assertThat(first.generatedNow()).isTrue();
        assertThat(again.generatedNow()).isFalse();
        assertThat(again.credentials().certificate()).isEqualTo(first.credentials().certificate());
        assertThat(first.credentials().isSelfSigned()).isTrue();
        assertThat(first.credentials().subject()).contains("Sở Nông nghiệp và Môi trường")
                .contains(SigningCredentials.SELF_SIGNED_NOTICE);
    }

    @Test
    void aReplicaThatLosesTheRaceSignsWithTheWinnersCertificate() {
        MapStore store = new MapStore();
        SigningCredentials winner = SigningCredentials.selfSigned("Sở Nội vụ", null, NOW, TrialCredentials.VALIDITY);
        TrialCredentials.Store racing = new TrialCredentials.Store() {
            @Override
            public Optional<byte[]> find(String agencyCode) {
                return store.find(agencyCode);
            }

            @Override
            public boolean insertIfAbsent(String agencyCode, byte[] pkcs12, String subject, Instant createdAt) {
                // Another replica stored its certificate between our read and our insert.
                store.insertIfAbsent(agencyCode, winner.toPkcs12("mk".toCharArray(), "letters"), winner.subject(), NOW);
                return store.insertIfAbsent(agencyCode, pkcs12, subject, createdAt);
            }
        };

        TrialCredentials.Obtained obtained = new TrialCredentials(racing, "mk".toCharArray(), "letters")
                .obtain("SNV", "Sở Nội vụ", null, NOW);

        assertThat(obtained.generatedNow()).isFalse();
        assertThat(obtained.credentials().certificate()).isEqualTo(winner.certificate());
    }
}
