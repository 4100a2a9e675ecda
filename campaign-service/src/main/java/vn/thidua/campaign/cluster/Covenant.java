package vn.thidua.campaign.cluster;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

import vn.thidua.eventing.web.DomainException;

/**
 * A year's emulation covenant (giao ước thi đua): the numbered commitments the members sign. In
 * force once every member signed, or once the head unit closed the signing; its commitments are
 * fixed from the first signature.
 */
public class Covenant {

    private List<Commitment> commitments;
    private CovenantStatus status;
    private List<CovenantSignature> signatures = new ArrayList<>();
    private Instant signingClosedAt;
    private String signingClosedBy;

    private Covenant() {
    }

    static Covenant of(List<Commitment> commitments) {
        Covenant covenant = new Covenant();
        covenant.commitments = List.copyOf(commitments);
        covenant.status = CovenantStatus.SIGNING;
        return covenant;
    }

    /** Records the signature; true when it was the last member's and the covenant came into force. */
    boolean sign(CovenantSignature signature, List<ClusterMember> members, int year) {
        if (signatureOf(signature.unitId()).isPresent()) {
            throw DomainException.conflict("covenant-already-signed", "Đơn vị " + signature.unitId()
                    + " đã ký giao ước thi đua năm " + year + ".");
        }
        if (status == CovenantStatus.IN_FORCE) {
            throw DomainException.conflict("covenant-signing-closed", "Giao ước thi đua năm " + year
                    + " đã kết thúc việc ký.");
        }
        signatures.add(signature);
        if (members.stream().allMatch(member -> signatureOf(member.unitId()).isPresent())) {
            status = CovenantStatus.IN_FORCE;
            return true;
        }
        return false;
    }

    void closeSigning(Instant at, String by, int year) {
        if (status != CovenantStatus.SIGNING) {
            throw DomainException.conflict("covenant-not-signing", "Giao ước thi đua năm " + year + " đã có hiệu lực.");
        }
        if (signatures.isEmpty()) {
            throw DomainException.conflict("covenant-unsigned", "Chưa đơn vị nào ký giao ước thi đua năm " + year
                    + "; không kết thúc việc ký được.");
        }
        status = CovenantStatus.IN_FORCE;
        signingClosedAt = at;
        signingClosedBy = by;
    }

    public boolean isSigned() {
        return !signatures.isEmpty();
    }

    public Optional<CovenantSignature> signatureOf(String unitId) {
        return signatures.stream().filter(s -> s.unitId().equals(unitId)).findFirst();
    }

    public List<Commitment> commitments() {
        return commitments;
    }

    public CovenantStatus status() {
        return status;
    }

    public List<CovenantSignature> signatures() {
        return List.copyOf(signatures);
    }

    public Instant signingClosedAt() {
        return signingClosedAt;
    }

    public String signingClosedBy() {
        return signingClosedBy;
    }
}
