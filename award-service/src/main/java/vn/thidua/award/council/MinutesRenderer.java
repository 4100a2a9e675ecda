package vn.thidua.award.council;

import java.time.Year;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.stream.Collectors;

import vn.thidua.documents.LetterText;
import vn.thidua.documents.XhtmlPdf;

/**
 * The minutes of a closed council session (biên bản họp Hội đồng Thi đua – Khen thưởng) as PDF: the
 * Decree 30 header, time, place and attendance, the quorum, each nomination's vote with its figures,
 * recusals and written votes, the digest of each secret ballot, and the secretary's and chair's
 * signature blocks. The documents library's letter renderer lays out a công văn (addressees, one
 * signer) and cannot print minutes, so they are laid out here with the same bundled font (Liberation
 * Serif, from that library's jar) and its Decree 30 wording of dates.
 */
final class MinutesRenderer {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("HH 'giờ' mm");

    private MinutesRenderer() {
    }

    static byte[] render(CouncilSession session) {
        return XhtmlPdf.render(html(session));
    }

    /** The XHTML of the minutes; every text from the session is escaped. */
    static String html(CouncilSession s) {
        String agencyName = s.agencyName() == null ? s.agency() : s.agencyName();
        Member chair = s.members().stream().filter(Member::chair).findFirst().orElseThrow();
        List<Member> absent = s.members().stream().filter(m -> !s.present().contains(m.username())).toList();
        StringBuilder body = new StringBuilder();
        body.append(p("Thời gian: " + TIME.format(s.meetingAt()) + ", " + LetterText.dateWords(s.meetingAt()
                .toLocalDate(), null) + "."));
        body.append(p("Địa điểm: " + s.place() + "."));
        body.append(p("Chủ trì: " + chair.fullName() + ", Chủ tịch Hội đồng. Thư ký: " + s.secretary() + "."));
        body.append(p("Thành viên Hội đồng: " + s.members().size() + "; có mặt " + s.present().size() + " ("
                + names(s.members().stream().filter(m -> s.present().contains(m.username())).toList()) + ")"
                + (absent.isEmpty() ? "" : "; vắng mặt " + absent.size() + " (" + names(absent) + ")")
                + ". Tỷ lệ tối thiểu để tiến hành phiên họp: " + s.quorum().label() + " tổng số thành viên — đủ điều kiện."));
        body.append(heading("I. Kết quả biểu quyết"));
        body.append("<table class=\"results\"><tr><th>TT</th><th>Đề nghị</th><th>Hình thức biểu quyết</th>"
                + "<th>Đồng ý</th><th>Không đồng ý</th><th>Kết quả</th></tr>");
        int row = 1;
        for (ItemResult r : s.results()) {
            body.append("<tr><td>").append(row++).append("</td><td>").append(escape(r.formName() + " cho " + r.nominee()))
                    .append("</td><td>").append(r.secret() ? "Bỏ phiếu kín" : "Biểu quyết công khai")
                    .append("</td><td>").append(r.approvals()).append('/').append(r.denominator())
                    .append("</td><td>").append(r.rejections()).append("</td><td>")
                    .append(r.passed() ? "Đạt" : "Không đạt").append("</td></tr>");
        }
        body.append("</table>");
        for (ItemResult r : s.results()) {
            body.append(p(r.summary()));
        }
        body.append(heading("II. Thành viên không tham gia biểu quyết, phiếu bằng văn bản"));
        boolean any = false;
        for (AgendaItem item : s.agenda()) {
            Ballot ballot = s.ballot(item.nominationId());
            for (Recusal recusal : ballot.recusals()) {
                body.append(p(nameOf(s, recusal.member()) + " không tham gia biểu quyết đề nghị " + item.formName()
                        + " cho " + item.nominee() + ". Lý do: " + recusal.reason()));
                any = true;
            }
            for (WrittenVote written : ballot.writtenVotes()) {
                body.append(p(nameOf(s, written.member()) + " vắng mặt, biểu quyết bằng văn bản (phiếu số "
                        + written.formReference() + ") đối với đề nghị " + item.formName() + " cho " + item.nominee()
                        + "."));
                any = true;
            }
        }
        if (!any) {
            body.append(p("Không có."));
        }
        List<ItemResult> secret = s.results().stream().filter(ItemResult::secret).toList();
        if (!secret.isEmpty()) {
            body.append(heading("III. Kiểm phiếu kín"));
            for (ItemResult r : secret) {
                body.append(p("Đề nghị " + r.nominationId() + ": " + r.ballotsCast() + " phiếu bằng số thành viên đã bỏ "
                        + "phiếu; mã kiểm tra (SHA-256) của các phiếu: ")).append("<p class=\"digest\">")
                        .append(escape(r.tallyDigest())).append("</p>");
            }
        }
        long passed = s.results().stream().filter(ItemResult::passed).count();
        body.append(p("Phiên họp kết thúc lúc " + TIME.format(s.closedAt().atZone(java.time.ZoneId.of(
                "Asia/Ho_Chi_Minh")).toLocalTime()) + " cùng ngày; " + passed + "/" + s.results().size()
                + " đề nghị được Hội đồng thông qua, trình Thủ trưởng cơ quan xem xét, quyết định khen thưởng. "
                + "Biên bản được các thành viên dự họp thông qua."));
        return TEMPLATE.replace("{{issuer}}", escape(LetterText.upper("Hội đồng Thi đua – Khen thưởng")))
                .replace("{{agency}}", escape(LetterText.upper(agencyName)))
                .replace("{{national}}", escape(LetterText.NATIONAL_TITLE))
                .replace("{{motto}}", escape(LetterText.MOTTO))
                .replace("{{date}}", escape(capitalised(LetterText.dateWords(s.meetingAt().toLocalDate(),
                        Year.from(s.meetingAt())))))
                .replace("{{title}}", escape(s.title()))
                .replace("{{secretary}}", escape(s.secretary()))
                .replace("{{chair}}", escape(chair.fullName()))
                .replace("{{body}}", body.toString());
    }

    private static String names(List<Member> members) {
        return members.stream().map(Member::fullName).collect(Collectors.joining(", "));
    }

    private static String nameOf(CouncilSession s, String username) {
        return s.members().stream().filter(m -> m.username().equals(username)).map(Member::fullName).findFirst()
                .orElse(username);
    }

    private static String capitalised(String text) {
        return Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    private static String p(String text) {
        return "<p class=\"body\">" + escape(text) + "</p>\n";
    }

    private static String heading(String text) {
        return "<p class=\"heading\">" + escape(text) + "</p>\n";
    }

    static String escape(String text) {
        return XhtmlPdf.escape(text);
    }

    private static final String TEMPLATE = """
            <?xml version="1.0" encoding="UTF-8"?>
            <html xmlns="http://www.w3.org/1999/xhtml" lang="vi">
            <head>
            <meta charset="UTF-8"/>
            <title>Biên bản họp Hội đồng Thi đua – Khen thưởng</title>
            <style>
              @page { size: A4 portrait; margin: 20mm 15mm 20mm 30mm; }
              body { font-family: 'Liberation Serif'; font-size: 14pt; line-height: 1.2; margin: 0; }
              table.columns { width: 100%; border-collapse: collapse; table-layout: fixed; }
              table.columns td { vertical-align: top; padding: 0; text-align: center; }
              .issuer { font-size: 13pt; }
              .agency, .national, .motto { font-size: 13pt; font-weight: bold; }
              .national { font-size: 12pt; }
              .date { font-style: italic; margin-top: 6pt; }
              .title { text-align: center; font-weight: bold; margin-top: 18pt; }
              .subtitle { text-align: center; font-weight: bold; margin-bottom: 12pt; }
              p.body { text-align: justify; text-indent: 10mm; margin: 0 0 6pt 0; }
              p.heading { font-weight: bold; margin: 8pt 0 4pt 0; }
              p.digest { font-family: 'Liberation Serif'; font-size: 10pt; margin: 0 0 6pt 10mm; word-wrap: break-word; }
              table.results { width: 100%; border-collapse: collapse; font-size: 12pt; margin-bottom: 6pt; }
              table.results th, table.results td { border: 0.75pt solid black; padding: 2pt 4pt; text-align: center; }
              table.sign { width: 100%; margin-top: 14pt; page-break-inside: avoid; }
              table.sign td { width: 50%; text-align: center; font-weight: bold; vertical-align: top; }
              .space { height: 25mm; }
            </style>
            </head>
            <body>
            <table class="columns"><tr>
              <td><div class="issuer">{{issuer}}</div><div class="agency">{{agency}}</div></td>
              <td><div class="national">{{national}}</div><div class="motto">{{motto}}</div>
                <div class="date">{{date}}</div></td>
            </tr></table>
            <div class="title">BIÊN BẢN</div>
            <div class="subtitle">{{title}}</div>
            {{body}}
            <table class="sign"><tr>
              <td>THƯ KÝ<div class="space"></div>{{secretary}}</td>
              <td>CHỦ TỊCH HỘI ĐỒNG<div class="space"></div>{{chair}}</td>
            </tr></table>
            </body>
            </html>
            """;
}
