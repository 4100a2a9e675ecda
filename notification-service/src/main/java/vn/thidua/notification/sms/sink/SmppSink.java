package vn.thidua.notification.sms.sink;

import java.io.IOException;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Date;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentLinkedDeque;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

import org.jsmpp.SMPPConstant;
import org.jsmpp.bean.BroadcastSm;
import org.jsmpp.bean.CancelBroadcastSm;
import org.jsmpp.bean.CancelSm;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.QueryBroadcastSm;
import org.jsmpp.bean.QuerySm;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.ReplaceSm;
import org.jsmpp.bean.SubmitMulti;
import org.jsmpp.bean.SubmitSm;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.extra.ProcessRequestException;
import org.jsmpp.session.BindRequest;
import org.jsmpp.session.BroadcastSmResult;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.QueryBroadcastSmResult;
import org.jsmpp.session.QuerySmResult;
import org.jsmpp.session.SMPPServerSession;
import org.jsmpp.session.SMPPServerSessionListener;
import org.jsmpp.session.ServerMessageReceiverListener;
import org.jsmpp.session.Session;
import org.jsmpp.session.SubmitMultiResult;
import org.jsmpp.session.SubmitSmResult;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.MessageId;
import org.jsmpp.util.RandomMessageIDGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import vn.thidua.notification.sms.SmsProperties;
import vn.thidua.notification.sms.text.GsmAlphabet;

/**
 * A local SMSC for development and tests (an SMPP 3.4 server on jsmpp): accepts any bind, answers
 * each submit_sm with a message id, puts concatenated parts together, keeps the last messages for
 * {@code GET /api/sms/sink/messages}, and sends a delivery receipt per part after a short delay —
 * DELIVRD, or UNDELIV / none / a refused submit for the configured test number prefixes. Nothing
 * leaves the machine.
 */
public class SmppSink implements SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmppSink.class);

    private final SmsProperties.Sink settings;
    private final Clock clock;
    private final Deque<SinkMessage> received = new ConcurrentLinkedDeque<>();
    private final Map<String, Part[]> pending = new HashMap<>();
    private final RandomMessageIDGenerator ids = new RandomMessageIDGenerator();
    private final List<SMPPServerSession> sessions = new ArrayList<>();
    private volatile SMPPServerSessionListener listener;
    private ScheduledExecutorService receipts;
    private Thread acceptor;

    public SmppSink(SmsProperties properties, Clock clock) {
        this.settings = properties.sink();
        this.clock = clock;
    }

    /** What was received, newest first, optionally only to one number. */
    public List<SinkMessage> messages(String to) {
        return received.stream().filter(m -> to == null || to.isBlank() || m.to().equals(to.strip())).toList();
    }

    public int port() {
        return settings.port();
    }

    @Override
    public synchronized void start() {
        try {
            listener = new SMPPServerSessionListener(settings.port());
            listener.setTimeout(500);
        } catch (IOException e) {
            throw new IllegalStateException("SMPP sink cannot listen on port " + settings.port(), e);
        }
        receipts = Executors.newSingleThreadScheduledExecutor(Thread.ofVirtual().name("smpp-sink-receipts").factory());
        acceptor = Thread.ofVirtual().name("smpp-sink").start(this::acceptLoop);
        log.info("SMPP sink listening on port {}", settings.port());
    }

    @Override
    public synchronized void stop() {
        SMPPServerSessionListener current = listener;
        listener = null;
        if (acceptor != null) {
            acceptor.interrupt();
        }
        synchronized (sessions) {
            sessions.forEach(SMPPServerSession::unbindAndClose);
            sessions.clear();
        }
        try {
            if (current != null) {
                current.close();
            }
        } catch (IOException e) {
            log.debug("Closing the SMPP sink listener", e);
        }
        if (receipts != null) {
            receipts.shutdownNow();
        }
    }

    @Override
    public boolean isRunning() {
        return listener != null;
    }

    /** Before the SMPP client binds to it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 200;
    }

    private void acceptLoop() {
        while (listener != null) {
            try {
                SMPPServerSession session = listener.accept();
                session.setMessageReceiverListener(new Receiver());
                Thread.ofVirtual().name("smpp-sink-bind").start(() -> bind(session));
            } catch (SocketTimeoutException idle) {
                // Look again whether the sink was stopped.
            } catch (IOException e) {
                if (listener != null) {
                    log.warn("SMPP sink accept failed: {}", e.getMessage());
                }
            }
        }
    }

    private void bind(SMPPServerSession session) {
        try {
            BindRequest request = session.waitForBind(5000);
            request.accept("thidua-sink", request.getInterfaceVersion());
            synchronized (sessions) {
                sessions.add(session);
            }
            log.info("SMPP sink: {} bound as {}", request.getSystemId(), request.getBindType());
        } catch (TimeoutException | IOException | org.jsmpp.PDUStringException | IllegalStateException e) {
            log.warn("SMPP sink: bind failed: {}", e.getMessage());
            session.close();
        }
    }

    private SubmitSmResult submitted(SubmitSm submit, SMPPServerSession session) throws ProcessRequestException {
        String to = submit.getDestAddress();
        if (startsWithAny(to, settings.rejectedPrefixes())) {
            throw new ProcessRequestException("Invalid destination address", SMPPConstant.STAT_ESME_RINVDSTADR);
        }
        MessageId id = ids.newMessageId();
        byte[] message = submit.getShortMessage();
        boolean udh = submit.isUdhi() && message.length > 6 && message[0] == 0x05 && message[1] == 0x00;
        int dataCoding = submit.getDataCoding() & 0xFF;
        Part part = new Part(id.getValue(), submit.getSourceAddr(), decode(message, udh ? 6 : 0, dataCoding));
        String receipt = startsWithAny(to, settings.silentPrefixes()) ? null
                : startsWithAny(to, settings.undeliverablePrefixes()) ? "UNDELIV" : "DELIVRD";
        if (!udh) {
            keep(new SinkMessage(to, part.from, part.text, dataCoding, 1, false, List.of(part.id), receipt, clock.instant()));
        } else {
            collect(to, message[3] & 0xFF, message[4] & 0xFF, message[5] & 0xFF, part, dataCoding, receipt);
        }
        if (receipt != null) {
            DeliveryReceiptState state = DeliveryReceiptState.valueOf(receipt);
            receipts.schedule(() -> sendReceipt(session, submit, id.getValue(), state), settings.receiptDelay().toMillis(),
                    TimeUnit.MILLISECONDS);
        }
        return new SubmitSmResult(id, null);
    }

    private void collect(String to, int reference, int total, int sequence, Part part, int dataCoding, String receipt) {
        String key = to + "/" + reference;
        Part[] parts;
        synchronized (pending) {
            parts = pending.computeIfAbsent(key, k -> new Part[total]);
            if (sequence < 1 || sequence > parts.length) {
                return;
            }
            parts[sequence - 1] = part;
            if (Arrays.stream(parts).anyMatch(p -> p == null)) {
                return;
            }
            pending.remove(key);
        }
        StringBuilder text = new StringBuilder();
        List<String> messageIds = new ArrayList<>();
        for (Part p : parts) {
            text.append(p.text);
            messageIds.add(p.id);
        }
        keep(new SinkMessage(to, part.from, text.toString(), dataCoding, parts.length, true, messageIds, receipt,
                clock.instant()));
    }

    private void keep(SinkMessage message) {
        received.addFirst(message);
        while (received.size() > settings.keep()) {
            received.pollLast();
        }
    }

    private void sendReceipt(SMPPServerSession session, SubmitSm submit, String messageId, DeliveryReceiptState state) {
        Date now = Date.from(clock.instant());
        DeliveryReceipt receipt = new DeliveryReceipt(messageId, 1, state == DeliveryReceiptState.DELIVRD ? 1 : 0, now,
                now, state, state == DeliveryReceiptState.DELIVRD ? "000" : "001", "");
        try {
            session.deliverShortMessage("", TypeOfNumber.valueOf(submit.getDestAddrTon()),
                    NumberingPlanIndicator.valueOf(submit.getDestAddrNpi()), submit.getDestAddress(),
                    TypeOfNumber.valueOf(submit.getSourceAddrTon()), NumberingPlanIndicator.valueOf(submit.getSourceAddrNpi()),
                    submit.getSourceAddr(), new ESMClass(MessageMode.DEFAULT, MessageType.SMSC_DEL_RECEIPT,
                            GSMSpecificFeature.DEFAULT), (byte) 0, (byte) 0, new RegisteredDelivery(0),
                    new GeneralDataCoding(), receipt.toString().getBytes(StandardCharsets.US_ASCII));
        } catch (Exception e) {
            // Any failure of the client's side (closed, timed out) only loses this receipt, as a real SMSC would retry later.
            log.warn("SMPP sink: receipt for {} not delivered: {}", messageId, e.getMessage());
        }
    }

    private static String decode(byte[] message, int offset, int dataCoding) {
        if (dataCoding == 0x08) {
            return new String(message, offset, message.length - offset, StandardCharsets.UTF_16BE);
        }
        if (dataCoding == 0x00) {
            return GsmAlphabet.decode(message, offset, message.length - offset);
        }
        return new String(message, offset, message.length - offset, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWithAny(String number, List<String> prefixes) {
        return number != null && prefixes.stream().anyMatch(p -> !p.isBlank() && number.startsWith(p));
    }

    private record Part(String id, String from, String text) {
    }

    /** submit_sm is all this sink takes; the rest is refused as a real SMSC refuses what it does not offer. */
    private final class Receiver implements ServerMessageReceiverListener {

        @Override
        public SubmitSmResult onAcceptSubmitSm(SubmitSm submitSm, SMPPServerSession source) throws ProcessRequestException {
            return submitted(submitSm, source);
        }

        @Override
        public SubmitMultiResult onAcceptSubmitMulti(SubmitMulti submitMulti, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QuerySmResult onAcceptQuerySm(QuerySm querySm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptReplaceSm(ReplaceSm replaceSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelSm(CancelSm cancelSm, SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public BroadcastSmResult onAcceptBroadcastSm(BroadcastSm broadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public void onAcceptCancelBroadcastSm(CancelBroadcastSm cancelBroadcastSm, SMPPServerSession source)
                throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public QueryBroadcastSmResult onAcceptQueryBroadcastSm(QueryBroadcastSm queryBroadcastSm,
                SMPPServerSession source) throws ProcessRequestException {
            throw unsupported();
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) throws ProcessRequestException {
            throw unsupported();
        }

        private ProcessRequestException unsupported() {
            return new ProcessRequestException("Not supported by the sink", SMPPConstant.STAT_ESME_RINVCMDID);
        }
    }
}
