package vn.thidua.reporting.dashboard;

import java.util.List;

/** Each view as the table its CSV export holds, with Vietnamese column headers. */
final class DashboardCsv {

    private DashboardCsv() {
    }

    static CsvTable movements(MovementsView view) {
        return new CsvTable(List.of("Loại phong trào", "Trạng thái", "Số phong trào", "Số đơn vị tham gia",
                "Số lần triển khai ở cơ quan khác", "Số đơn vị đăng ký thi đua"),
                view.byKindAndStatus().stream().map(row -> List.<Object>of(row.kindName(), row.statusName(),
                        row.movements(), row.participants(), row.cascaded(), row.registrations())).toList());
    }

    static CsvTable participation(ParticipationView view) {
        String group = switch (view.groupBy()) {
            case MOVEMENT -> "phong trào";
            case AGENCY -> "cơ quan";
            case UNIT -> "đơn vị";
            case PERIOD -> "kỳ báo cáo";
        };
        return new CsvTable(List.of("Mã " + group, "Tên " + group, "Số báo cáo phải nộp", "Đã nộp", "Đúng hạn",
                "Nộp muộn", "Quá hạn chưa nộp", "Tỷ lệ đã nộp (%)", "Tỷ lệ đúng hạn (%)"),
                view.rows().stream().map(row -> {
                    Figures f = row.figures();
                    return List.<Object>of(row.key(), row.name(), f.expected(), f.submitted(), f.onTime(), f.late(),
                            f.overdue(), f.participationRate(), f.onTimeRate());
                }).toList());
    }

    static CsvTable nominations(NominationsView view) {
        return new CsvTable(List.of("Trạng thái", "Tên trạng thái", "Tập thể", "Cá nhân", "Tổng số"),
                view.byStatus().stream().map(row -> List.<Object>of(row.status(), row.statusName(), row.collective(),
                        row.individual(), row.total())).toList());
    }

    static CsvTable awards(AwardsView view) {
        return new CsvTable(List.of("Năm", "Mã hình thức", "Danh hiệu / hình thức khen thưởng", "Mã đơn vị",
                "Đơn vị", "Tập thể", "Cá nhân", "Tổng số"),
                view.rows().stream().map(row -> List.<Object>of(row.year(), row.form(), row.formName(), row.unitId(),
                        row.unitName(), row.collective(), row.individual(), row.total())).toList());
    }
}
