package vn.thidua.campaign.registration;

import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** Body of {@code POST /api/campaigns/{id}/registrations}. */
public record RegistrationRequest(
        @Schema(example = "SNNMT-VP") @NotBlank(message = "Mã đơn vị đăng ký là bắt buộc.") String unitId,
        @Schema(example = "Hoàn thành xuất sắc 100% nhiệm vụ được giao.") @Size(max = 4000) String targets,
        @Schema(example = "[\"TAP_THE_LAO_DONG_XUAT_SAC\"]")
        List<@NotBlank(message = "Mã danh hiệu không được để trống.") String> titles,
        List<@Valid @NotNull(message = "Cá nhân đăng ký không được để trống.") IndividualRequest> individuals) {

    /** A person and the individual titles they aim for. */
    public record IndividualRequest(
            @Schema(example = "Trần Thị Hồng") @NotBlank(message = "Họ và tên là bắt buộc.") @Size(max = 200)
            String name,
            @Schema(example = "[\"CHIEN_SI_THI_DUA_CO_SO\"]")
            List<@NotBlank(message = "Mã danh hiệu không được để trống.") String> titles) {
    }

    RegistrationForm toForm() {
        return new RegistrationForm(unitId.strip(), targets,
                titles == null ? null : titles.stream().map(String::strip).toList(),
                individuals == null ? null : individuals.stream()
                        .map(p -> new RegistrationForm.Person(p.name(),
                                p.titles() == null ? null : p.titles().stream().map(String::strip).toList()))
                        .toList());
    }
}
