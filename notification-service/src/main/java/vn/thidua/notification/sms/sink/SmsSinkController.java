package vn.thidua.notification.sms.sink;

import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The local SMPP sink's received messages; exists only while the sink is enabled. */
@RestController
@ConditionalOnProperty(name = "thidua.notification.sms.sink.enabled", havingValue = "true")
@RequestMapping("/api/sms/sink/messages")
@Tag(name = "Hộp tin nhắn thử (SMPP sink)", description = "SMS received by the local SMPP sink (development only)")
class SmsSinkController {

    private final SmppSink sink;

    SmsSinkController(SmppSink sink) {
        this.sink = sink;
    }

    @GetMapping
    @Operation(summary = "Lists the SMS the local sink received, newest first, optionally to one number (84…): ADMIN only")
    List<SinkMessage> messages(@RequestParam(required = false) String to) {
        return sink.messages(to);
    }
}
