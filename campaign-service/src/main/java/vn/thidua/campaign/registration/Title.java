package vn.thidua.campaign.registration;

import java.util.Arrays;
import java.util.stream.Collectors;

import vn.thidua.eventing.web.DomainException;

/**
 * The emulation titles a unit or a person may register for (Law on Emulation and Commendation 2022).
 * The codes are those the award catalogue uses.
 */
public enum Title {
    LAO_DONG_TIEN_TIEN(Holder.INDIVIDUAL, "Lao động tiên tiến"),
    CHIEN_SI_THI_DUA_CO_SO(Holder.INDIVIDUAL, "Chiến sĩ thi đua cơ sở"),
    CHIEN_SI_THI_DUA_CAP_TINH(Holder.INDIVIDUAL, "Chiến sĩ thi đua cấp tỉnh"),
    CHIEN_SI_THI_DUA_TOAN_QUOC(Holder.INDIVIDUAL, "Chiến sĩ thi đua toàn quốc"),
    TAP_THE_LAO_DONG_TIEN_TIEN(Holder.COLLECTIVE, "Tập thể lao động tiên tiến"),
    TAP_THE_LAO_DONG_XUAT_SAC(Holder.COLLECTIVE, "Tập thể lao động xuất sắc"),
    CO_THI_DUA(Holder.COLLECTIVE, "Cờ thi đua");

    /** Who may hold the title: a person (cá nhân) or a collective (tập thể). */
    public enum Holder {
        INDIVIDUAL, COLLECTIVE
    }

    private final Holder holder;
    private final String vietnameseName;

    Title(Holder holder, String vietnameseName) {
        this.holder = holder;
        this.vietnameseName = vietnameseName;
    }

    public Holder holder() {
        return holder;
    }

    public String vietnameseName() {
        return vietnameseName;
    }

    /** The title with this code, which must be held by {@code holder}. */
    static Title of(String code, Holder holder) {
        Title title = Arrays.stream(values()).filter(t -> t.name().equals(code)).findFirst()
                .orElseThrow(() -> DomainException.rejected("unknown-title", "Không có danh hiệu thi đua \"" + code
                        + "\". Các danh hiệu: " + Arrays.stream(values()).map(Title::name)
                        .collect(Collectors.joining(", ")) + "."));
        if (title.holder != holder) {
            throw DomainException.rejected("title-not-applicable", "Danh hiệu \"" + title.vietnameseName
                    + "\" dành cho " + (title.holder == Holder.COLLECTIVE ? "tập thể" : "cá nhân") + ", không đăng ký cho "
                    + (holder == Holder.COLLECTIVE ? "tập thể" : "cá nhân") + " được.");
        }
        return title;
    }
}
