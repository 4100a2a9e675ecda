package vn.thidua.campaign.directory;

import java.time.LocalDate;
import java.util.List;

import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Email;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Size;

/** Body of {@code PUT /api/agencies/{code}}. */
public record AgencyRequest(
        @Schema(example = "Sở Nông nghiệp và Môi trường")
        @NotBlank(message = "Tên cơ quan là bắt buộc.") @Size(max = 300) String name,
        @Schema(example = "SNNMT", description = "Dùng trong ký hiệu văn bản, ví dụ 12/SNNMT-VP")
        @NotBlank(message = "Tên viết tắt là bắt buộc.")
        @Pattern(regexp = "[\\p{Lu}0-9]{1,20}", message = "Tên viết tắt chỉ gồm chữ in hoa và chữ số, tối đa 20 ký tự.")
        String abbreviation,
        @Schema(example = "UBND TỈNH QUẢNG NGÃI") @Size(max = 300) String parentName,
        List<@Valid @NotNull(message = "Đơn vị không được để trống.") UnitRequest> units) {

    /** One unit of the agency with its contact. */
    public record UnitRequest(
            @Schema(example = "SNNMT-VP")
            @NotBlank(message = "Mã đơn vị là bắt buộc.")
            @Pattern(regexp = "[A-Za-z0-9][A-Za-z0-9._-]{0,49}",
                    message = "Mã đơn vị chỉ gồm chữ cái không dấu, chữ số, dấu chấm, gạch ngang, gạch dưới.")
            String code,
            @Schema(example = "Văn phòng Sở") @NotBlank(message = "Tên đơn vị là bắt buộc.") @Size(max = 300) String name,
            @Schema(example = "Trần Thị Hồng") @Size(max = 200) String headName,
            @Email(message = "Địa chỉ email không hợp lệ.") @Size(max = 254) String email,
            @Schema(example = "0255 3822 001")
            @Pattern(regexp = "[0-9+() .-]{0,30}", message = "Số điện thoại không hợp lệ.") String phone,
            @Schema(example = "2025-07-01", description = "Ngày bắt đầu có hiệu lực (không bắt buộc)")
            LocalDate validFrom,
            @Schema(description = "Ngày cuối cùng có hiệu lực; sau đó đơn vị chỉ còn trong lịch sử (không bắt buộc)")
            LocalDate validTo) {
    }

    AgencyDetails toDetails() {
        List<Unit> described = units == null ? List.of()
                : units.stream().map(u -> Unit.of(u.code(), u.name(), u.headName(), u.email(), u.phone(),
                        u.validFrom(), u.validTo())).toList();
        return new AgencyDetails(name, abbreviation, parentName, described);
    }
}
