package vn.thidua.award.fund;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

import org.apache.poi.ss.usermodel.CellStyle;
import org.apache.poi.ss.usermodel.Font;
import org.apache.poi.ss.usermodel.Row;
import org.apache.poi.ss.usermodel.Sheet;
import org.apache.poi.xssf.usermodel.XSSFWorkbook;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Service;

import vn.thidua.award.nomination.Decision;
import vn.thidua.award.nomination.Nomination;
import vn.thidua.award.reward.Money;
import vn.thidua.contracts.award.NomineeKind;
import vn.thidua.eventing.audit.AuditEntry;
import vn.thidua.eventing.audit.Who;
import vn.thidua.eventing.security.Actor;
import vn.thidua.eventing.security.Role;
import vn.thidua.eventing.web.DomainException;

/**
 * Reward funds: the office sets its agency's yearly budget (audited); the report sums the rewards of
 * the agency's decisions dated that year and the recoveries of its revocations made that year.
 */
@Service
public class RewardFunds {

    private final MongoTemplate mongo;
    private final Clock clock;

    public RewardFunds(MongoTemplate mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
    }

    /** Sets the year's budget: office staff of the agency, administrators. */
    public FundReport setBudget(String agency, int year, long budget, String note, Actor actor, Who who) {
        if (!actor.has(Role.ADMIN) && !(actor.has(Role.OFFICE) && actor.belongsTo(agency))) {
            throw DomainException.forbidden("Chỉ Văn phòng cơ quan " + agency + " được lập dự toán quỹ thi đua, khen "
                    + "thưởng của cơ quan.");
        }
        String id = RewardFund.idOf(agency, year);
        RewardFund before = mongo.findById(id, RewardFund.class);
        AuditEntry entry = AuditEntry.of(who, clock.instant(), "BUDGET_SET", "Quỹ thi đua, khen thưởng năm " + year
                + " của " + agency + ": dự toán " + Money.format(budget) + " đồng"
                + (note == null || note.isBlank() ? "." : " (" + note.strip() + ")."))
                .change(before == null ? null : Money.format(before.budget()) + " đồng", Money.format(budget) + " đồng");
        Update update = new Update().set("budget", budget).set("note", note == null ? null : note.strip())
                .setOnInsert("agency", agency).setOnInsert("year", year).push("auditTrail", entry);
        mongo.upsert(new Query(Criteria.where("_id").is(id)), update, RewardFund.class);
        return report(agency, year, actor);
    }

    /** The fund's report: office staff and leaders of the agency, administrators. */
    public FundReport report(String agency, int year, Actor actor) {
        if (!actor.managesAgency(agency)) {
            throw DomainException.forbidden("Chỉ Văn phòng, lãnh đạo cơ quan " + agency + " được xem quỹ thi đua, khen "
                    + "thưởng của cơ quan.");
        }
        RewardFund fund = mongo.findById(RewardFund.idOf(agency, year), RewardFund.class);
        LocalDate from = LocalDate.of(year, 1, 1);
        LocalDate to = LocalDate.of(year, 12, 31);
        List<FundReport.Line> payouts = new ArrayList<>();
        for (Nomination n : mongo.find(new Query(Criteria.where("issuingAgency").is(agency)
                .and("decision.date").gte(from).lte(to).and("decision.reward.amount").gt(0)), Nomination.class)) {
            payouts.add(line(n, n.decision().date(), n.decision().rewardAmount()));
        }
        List<FundReport.Line> recoveries = new ArrayList<>();
        for (Nomination n : mongo.find(new Query(Criteria.where("issuingAgency").is(agency)
                .and("revocation.date").gte(from).lte(to).and("revocation.recoveryAmount").gt(0)), Nomination.class)) {
            recoveries.add(line(n, n.revocation().date(), n.revocation().recoveryAmount()));
        }
        Comparator<FundReport.Line> byDate = Comparator.comparing(FundReport.Line::date)
                .thenComparing(FundReport.Line::nominationId);
        payouts.sort(byDate);
        recoveries.sort(byDate);
        long paid = payouts.stream().mapToLong(FundReport.Line::amount).sum();
        long recovered = recoveries.stream().mapToLong(FundReport.Line::amount).sum();
        long budget = fund == null ? 0 : fund.budget();
        return new FundReport(agency, year, budget, fund != null, payouts, recoveries, paid, recovered,
                budget - paid + recovered);
    }

    private static FundReport.Line line(Nomination n, LocalDate date, long amount) {
        Decision d = n.decision();
        return new FundReport.Line(n.id(), d.number(), date,
                n.nomineeKind() == NomineeKind.COLLECTIVE ? "Tập thể " + n.nomineeName() : n.nomineeName(),
                n.unitName(), n.formName(), amount);
    }

    /** The report as a workbook: a summary sheet, then the payouts and the recoveries. */
    public byte[] xlsx(FundReport report) {
        try (XSSFWorkbook book = new XSSFWorkbook(); ByteArrayOutputStream out = new ByteArrayOutputStream()) {
            CellStyle bold = book.createCellStyle();
            Font font = book.createFont();
            font.setBold(true);
            bold.setFont(font);
            Sheet summary = book.createSheet("Tổng hợp");
            row(summary, 0, bold, "Quỹ thi đua, khen thưởng năm " + report.year() + " – " + report.agency());
            row(summary, 2, null, "Dự toán (đồng)", report.budget());
            row(summary, 3, null, "Đã chi tiền thưởng (đồng)", report.paid());
            row(summary, 4, null, "Thu hồi (đồng)", report.recovered());
            row(summary, 5, bold, "Số dư (đồng)", report.balance());
            lines(book.createSheet("Chi thưởng"), bold, report.payouts());
            lines(book.createSheet("Thu hồi"), bold, report.recoveries());
            summary.autoSizeColumn(0);
            book.write(out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the fund report", e);
        }
    }

    private static void lines(Sheet sheet, CellStyle bold, List<FundReport.Line> lines) {
        row(sheet, 0, bold, "Đề nghị", "Số quyết định", "Ngày", "Cá nhân, tập thể", "Đơn vị", "Hình thức",
                "Số tiền (đồng)");
        int r = 1;
        for (FundReport.Line line : lines) {
            row(sheet, r++, null, line.nominationId(), line.decisionNumber(), line.date().toString(), line.recipient(),
                    line.unitName(), line.form(), line.amount());
        }
    }

    private static void row(Sheet sheet, int index, CellStyle style, Object... values) {
        Row row = sheet.createRow(index);
        for (int i = 0; i < values.length; i++) {
            var cell = row.createCell(i);
            if (values[i] instanceof Number number) {
                cell.setCellValue(number.doubleValue());
            } else {
                cell.setCellValue(String.valueOf(values[i]));
            }
            if (style != null) {
                cell.setCellStyle(style);
            }
        }
    }
}
