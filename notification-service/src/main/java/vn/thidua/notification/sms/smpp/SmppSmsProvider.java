package vn.thidua.notification.sms.smpp;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;

import org.jsmpp.InvalidResponseException;
import org.jsmpp.PDUException;
import org.jsmpp.bean.Alphabet;
import org.jsmpp.bean.BindType;
import org.jsmpp.bean.DataSm;
import org.jsmpp.bean.DeliverSm;
import org.jsmpp.bean.DeliveryReceipt;
import org.jsmpp.bean.ESMClass;
import org.jsmpp.bean.GSMSpecificFeature;
import org.jsmpp.bean.GeneralDataCoding;
import org.jsmpp.bean.MessageMode;
import org.jsmpp.bean.MessageType;
import org.jsmpp.bean.NumberingPlanIndicator;
import org.jsmpp.bean.RegisteredDelivery;
import org.jsmpp.bean.SMSCDeliveryReceipt;
import org.jsmpp.bean.TypeOfNumber;
import org.jsmpp.bean.AlertNotification;
import org.jsmpp.extra.NegativeResponseException;
import org.jsmpp.extra.ResponseTimeoutException;
import org.jsmpp.extra.SessionState;
import org.jsmpp.session.BindParameter;
import org.jsmpp.session.DataSmResult;
import org.jsmpp.session.MessageReceiverListener;
import org.jsmpp.session.SMPPSession;
import org.jsmpp.session.Session;
import org.jsmpp.util.DeliveryReceiptState;
import org.jsmpp.util.InvalidDeliveryReceiptException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.SmartLifecycle;

import vn.thidua.notification.sms.OutgoingSms;
import vn.thidua.notification.sms.SmsDeliveries;
import vn.thidua.notification.sms.SmsException;
import vn.thidua.notification.sms.SmsProperties;
import vn.thidua.notification.sms.SmsProvider;
import vn.thidua.notification.sms.text.SmsEncoding;

/**
 * SMS over SMPP 3.4 with jsmpp: one transceiver bind (submit_sm out, delivery receipts in), kept up
 * by a connector thread that reconnects with exponential backoff whenever the session closes. A long
 * text goes as concatenated submit_sm with a user data header (UDHI set), GSM-7 unpacked (data_coding
 * 0) or UCS-2 (data_coding 8); each part asks for a delivery receipt. The password is never logged.
 */
public class SmppSmsProvider implements SmsProvider, SmartLifecycle {

    private static final Logger log = LoggerFactory.getLogger(SmppSmsProvider.class);
    /** Refusals that another try cannot cure: bad source or destination address, TON or NPI. */
    private static final Set<Integer> PERMANENT = Set.of(0x0A, 0x0B, 0x48, 0x49, 0x50, 0x51);

    private final SmsProperties.Smpp account;
    private final String brandName;
    private final SmsDeliveries deliveries;
    private final Semaphore sessionLost = new Semaphore(0);
    private final Object binding = new Object();
    private volatile SMPPSession session;
    private volatile boolean running;
    private Thread connector;

    public SmppSmsProvider(SmsProperties properties, SmsDeliveries deliveries) {
        this.account = properties.smpp();
        this.brandName = properties.brandName();
        this.deliveries = deliveries;
    }

    @Override
    public String name() {
        return "smpp";
    }

    @Override
    public List<String> submit(OutgoingSms sms) throws SmsException {
        SMPPSession bound = boundSession();
        boolean concatenated = sms.text().segments() > 1;
        ESMClass esmClass = new ESMClass(MessageMode.DEFAULT, MessageType.DEFAULT,
                concatenated ? GSMSpecificFeature.UDHI : GSMSpecificFeature.DEFAULT);
        GeneralDataCoding coding = new GeneralDataCoding(
                sms.text().encoding() == SmsEncoding.GSM7 ? Alphabet.ALPHA_DEFAULT : Alphabet.ALPHA_UCS2);
        int reference = sms.clientRequestId().hashCode() & 0xFF;
        List<String> messageIds = new ArrayList<>();
        for (byte[] part : sms.text().shortMessages(reference)) {
            try {
                messageIds.add(bound.submitShortMessage("", TypeOfNumber.ALPHANUMERIC, NumberingPlanIndicator.UNKNOWN,
                        brandName, TypeOfNumber.INTERNATIONAL, NumberingPlanIndicator.ISDN, sms.to(), esmClass,
                        (byte) 0, (byte) 1, null, null, new RegisteredDelivery(SMSCDeliveryReceipt.SUCCESS_FAILURE),
                        (byte) 0, coding, (byte) 0, part).getMessageId());
            } catch (NegativeResponseException e) {
                int status = e.getCommandStatus();
                throw new SmsException("SMSC từ chối submit_sm (command_status 0x" + Integer.toHexString(status) + ")",
                        PERMANENT.contains(status), e);
            } catch (ResponseTimeoutException | InvalidResponseException | PDUException | IOException e) {
                throw new SmsException("SMPP: " + e.getMessage(), false, e);
            }
        }
        return messageIds;
    }

    /** The bound session; one synchronous try to bind when the connector has not yet. */
    private SMPPSession boundSession() throws SmsException {
        SMPPSession current = session;
        if (current != null && current.getSessionState().isBound()) {
            return current;
        }
        try {
            return bind();
        } catch (IOException e) {
            sessionLost.release();
            throw new SmsException("Chưa kết nối được SMSC " + account.host() + ":" + account.port() + ": "
                    + e.getMessage(), false, e);
        }
    }

    private SMPPSession bind() throws IOException {
        synchronized (binding) {
            SMPPSession current = session;
            if (current != null && current.getSessionState().isBound()) {
                return current;
            }
            SMPPSession fresh = new SMPPSession();
            fresh.setTransactionTimer(account.responseTimeout().toMillis());
            fresh.setEnquireLinkTimer((int) account.enquireLink().toMillis());
            fresh.setMessageReceiverListener(new Receipts());
            fresh.connectAndBind(account.host(), account.port(), new BindParameter(BindType.BIND_TRX, account.systemId(),
                    account.password() == null ? "" : account.password(), account.systemType(),
                    TypeOfNumber.UNKNOWN, NumberingPlanIndicator.UNKNOWN, null), account.responseTimeout().toMillis());
            fresh.addSessionStateListener(this::onStateChange);
            session = fresh;
            log.info("SMPP bound as transceiver to {}:{} as {}", account.host(), account.port(), account.systemId());
            return fresh;
        }
    }

    private void onStateChange(SessionState newState, SessionState oldState, Session source) {
        if (newState == SessionState.CLOSED && source == session) {
            log.warn("SMPP session to {}:{} closed; reconnecting", account.host(), account.port());
            sessionLost.release();
        }
    }

    /** Keeps the bind up: binds, waits until it is lost, binds again after a growing pause. */
    private void connect() {
        Duration pause = account.reconnectInitial();
        while (running) {
            try {
                bind();
                pause = account.reconnectInitial();
                sessionLost.acquire();
                sessionLost.drainPermits();
            } catch (IOException e) {
                log.warn("SMPP bind to {}:{} failed: {}; next try in {}", account.host(), account.port(), e.getMessage(),
                        pause);
                try {
                    sessionLost.tryAcquire(pause.toMillis(), TimeUnit.MILLISECONDS);
                } catch (InterruptedException interrupted) {
                    return;
                }
                pause = pause.multipliedBy(2).compareTo(account.reconnectMax()) > 0 ? account.reconnectMax()
                        : pause.multipliedBy(2);
            } catch (InterruptedException interrupted) {
                return;
            }
        }
    }

    @Override
    public synchronized void start() {
        running = true;
        connector = Thread.ofVirtual().name("smpp-connector").start(this::connect);
    }

    @Override
    public synchronized void stop() {
        running = false;
        if (connector != null) {
            connector.interrupt();
            connector = null;
        }
        SMPPSession current = session;
        session = null;
        if (current != null) {
            current.unbindAndClose();
        }
    }

    @Override
    public boolean isRunning() {
        return running;
    }

    /** After the local sink (if any) is listening, so the first bind finds it. */
    @Override
    public int getPhase() {
        return SmartLifecycle.DEFAULT_PHASE - 100;
    }

    /** Delivery receipts (deliver_sm with the SMSC receipt type) to the delivery log. */
    private final class Receipts implements MessageReceiverListener {

        @Override
        public void onAcceptDeliverSm(DeliverSm deliverSm) {
            if (!MessageType.SMSC_DEL_RECEIPT.containedIn(deliverSm.getEsmClass())) {
                log.debug("Ignoring a mobile-originated message");
                return;
            }
            DeliveryReceipt receipt;
            try {
                receipt = deliverSm.getShortMessageAsDeliveryReceipt();
            } catch (InvalidDeliveryReceiptException e) {
                log.warn("Unreadable delivery receipt: {}", new String(deliverSm.getShortMessage(), StandardCharsets.US_ASCII));
                return;
            }
            DeliveryReceiptState state = receipt.getFinalStatus();
            if (state == DeliveryReceiptState.ENROUTE || state == DeliveryReceiptState.ACCEPTD) {
                return;
            }
            String messageId = receipt.getId();
            boolean delivered = state == DeliveryReceiptState.DELIVRD;
            String detail = state + (receipt.getError() == null ? "" : " (err " + receipt.getError() + ")");
            // Off the PDU reader: the receipt may race the write that records the message id, so look a few times.
            Thread.ofVirtual().name("smpp-receipt").start(() -> apply(messageId, delivered, detail));
        }

        private void apply(String messageId, boolean delivered, String detail) {
            for (int round = 0; round < 50; round++) {
                try {
                    if (deliveries.receipt(messageId, delivered, detail)) {
                        return;
                    }
                } catch (RuntimeException e) {
                    // The receipt is lost for this entry; the receipt timeout of the sweep still ends it.
                    log.warn("Delivery receipt for message {} could not be applied: {}", messageId, e.getMessage());
                    return;
                }
                try {
                    Thread.sleep(100);
                } catch (InterruptedException e) {
                    Thread.currentThread().interrupt();
                    return;
                }
            }
            log.info("Delivery receipt for message {} matched no SMS awaiting one", messageId);
        }

        @Override
        public void onAcceptAlertNotification(AlertNotification alertNotification) {
            // Not asked for: no alert_notification is expected on this bind.
        }

        @Override
        public DataSmResult onAcceptDataSm(DataSm dataSm, Session source) {
            return null;
        }
    }
}
