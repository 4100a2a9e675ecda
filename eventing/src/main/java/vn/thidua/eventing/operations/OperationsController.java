package vn.thidua.eventing.operations;

import java.util.ArrayList;
import java.util.List;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

import vn.thidua.eventing.inbound.LastEventsSeen;
import vn.thidua.eventing.outbox.OutboxBacklog;
import vn.thidua.eventing.outbox.OutboxRelay;
import vn.thidua.eventing.web.CurrentActor;

/**
 * {@code /api/admin/**} on every service (ADMIN only, see ThiduaSecurityAutoConfiguration): the outbox backlog,
 * the dead letters with their reasons, replay or discard of one (audited), and the consumer groups' lag with the
 * last event seen per topic.
 */
@RestController
@RequestMapping("/api/admin")
@Tag(name = "admin", description = "Vận hành: hàng đợi outbox, sự kiện lỗi (DLQ), độ trễ tiêu thụ. Chỉ ADMIN.")
public class OperationsController {

    /** The outbox of this service: per collection, and whether this replica's relay runs. */
    public record Outbox(boolean relayRunning, List<OutboxBacklog.Collection> collections) {
    }

    /** One topic a group reads: total lag, per partition, and the last event this replica received from it. */
    public record TopicLag(String topic, long lag, List<ConsumerLag.PartitionLag> partitions, LastEventsSeen.Seen lastEvent) {
    }

    /** One consumer group of this service. */
    public record Group(String group, List<String> bindings, List<TopicLag> topics) {
    }

    /** Why an operator discards a dead letter (optional, recorded in the audit entry). */
    public record DiscardRequest(String reason) {
    }

    private final OutboxBacklog backlog;
    private final OutboxRelay relay;
    private final DeadLetterConsole deadLetters;
    private final ConsumerBindings bindings;
    private final ConsumerLag lag;
    private final LastEventsSeen lastSeen;
    private final CurrentActor actor;

    public OperationsController(OutboxBacklog backlog, OutboxRelay relay, DeadLetterConsole deadLetters,
            ConsumerBindings bindings, ConsumerLag lag, LastEventsSeen lastSeen, CurrentActor actor) {
        this.backlog = backlog;
        this.relay = relay;
        this.deadLetters = deadLetters;
        this.bindings = bindings;
        this.lag = lag;
        this.lastSeen = lastSeen;
        this.actor = actor;
    }

    @GetMapping("/outbox")
    @Operation(summary = "Sự kiện đang chờ phát hành trong outbox, theo collection, và sự kiện cũ nhất")
    public Outbox outbox() {
        return new Outbox(relay.isRunning(), backlog.read());
    }

    @GetMapping("/dead-letters")
    @Operation(summary = "Sự kiện lỗi (DLQ) của từng liên kết tiêu thụ, với lý do và quyết định đã có")
    public List<DeadLetterConsole.Topic> deadLetters(@RequestParam(required = false) String topic,
            @RequestParam(required = false) String state, @RequestParam(defaultValue = "0") int page,
            @RequestParam(defaultValue = "20") int size) {
        return deadLetters.list(topic, state, page, size);
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/replay")
    @Operation(summary = "Phát lại một sự kiện lỗi về chủ đề gốc (một lần; được ghi nhật ký)")
    public DeadLetterConsole.Replayed replay(@PathVariable String topic, @PathVariable int partition,
            @PathVariable long offset) {
        return deadLetters.replay(topic, partition, offset, actor.who());
    }

    @PostMapping("/dead-letters/{topic}/{partition}/{offset}/discard")
    @Operation(summary = "Bỏ qua một sự kiện lỗi: không bao giờ phát lại (được ghi nhật ký)")
    public DeadLetter discard(@PathVariable String topic, @PathVariable int partition, @PathVariable long offset,
            @RequestBody(required = false) DiscardRequest request) {
        return deadLetters.discard(topic, partition, offset, request == null ? null : request.reason(), actor.who());
    }

    @GetMapping("/consumers")
    @Operation(summary = "Độ trễ của từng nhóm tiêu thụ theo chủ đề và phân vùng, và sự kiện nhận gần nhất")
    public List<Group> consumers() {
        List<Group> groups = new ArrayList<>();
        for (String group : bindings.groups()) {
            List<ConsumerLag.PartitionLag> partitions = lag.of(group, bindings.topicsOf(group));
            List<TopicLag> topics = bindings.topicsOf(group).stream().map(topic -> {
                List<ConsumerLag.PartitionLag> ofTopic = partitions.stream().filter(p -> p.topic().equals(topic)).toList();
                return new TopicLag(topic, ofTopic.stream().mapToLong(ConsumerLag.PartitionLag::lag).sum(), ofTopic,
                        lastSeen.last(group, topic).orElse(null));
            }).toList();
            groups.add(new Group(group, bindings.all().stream().filter(binding -> binding.group().equals(group))
                    .map(ConsumerBindings.ConsumerBinding::binding).toList(), topics));
        }
        return groups;
    }
}
