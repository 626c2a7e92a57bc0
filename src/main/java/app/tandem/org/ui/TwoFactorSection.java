package app.tandem.org.ui;

import app.tandem.base.DomainException;
import app.tandem.base.ui.Failures;
import app.tandem.base.ui.Notices;
import app.tandem.org.TwoFactorService;
import app.tandem.org.TwoFactorSetup;
import app.tandem.org.TwoFactorStatus;
import com.vaadin.flow.component.Key;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Image;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Pre;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.PasswordField;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.server.streams.DownloadHandler;
import com.vaadin.flow.server.streams.DownloadResponse;
import java.io.ByteArrayInputStream;
import java.util.List;

/** My account's "Two-factor sign-in": turn on with a QR code and a first code, recovery codes, turn off. */
class TwoFactorSection extends Div {

    private final TwoFactorService twoFactor;
    final Div content = new Div();
    final Button turnOn = new Button();
    final TextField confirmCode = new TextField();
    final Button confirm = new Button();
    final PasswordField proof = new PasswordField();
    final Button turnOff = new Button();
    final Button regenerate = new Button();
    Pre recoveryCodes = new Pre();
    Span secretText = new Span();

    TwoFactorSection(TwoFactorService twoFactor) {
        this.twoFactor = twoFactor;
        setId("two-factor");
        addClassName("card-section");
        turnOn.setText(getTranslation("twofa.turn-on"));
        turnOn.setId("twofa-turn-on");
        turnOn.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        turnOn.addClickListener(e -> showSetup(twoFactor.startSetup()));
        confirmCode.setLabel(getTranslation("twofa.setup.code"));
        confirmCode.setId("twofa-confirm-code");
        confirmCode.setManualValidation(true);
        confirmCode.setMaxLength(6);
        confirm.setText(getTranslation("twofa.setup.confirm"));
        confirm.setId("twofa-confirm");
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClickListener(e -> enable());
        confirm.addClickShortcut(Key.ENTER).listenOn(confirmCode);
        proof.setLabel(getTranslation("twofa.off.proof"));
        proof.setId("twofa-off-proof");
        proof.setManualValidation(true);
        turnOff.setText(getTranslation("twofa.turn-off"));
        turnOff.setId("twofa-turn-off");
        turnOff.addThemeVariants(ButtonVariant.LUMO_ERROR);
        turnOff.addClickListener(e -> disable());
        regenerate.setText(getTranslation("twofa.regenerate"));
        regenerate.setId("twofa-regenerate");
        regenerate.addClickListener(e -> showRecoveryCodes(twoFactor.regenerateRecoveryCodes()));
        add(new H3(getTranslation("twofa.title")), content);
        showStatus();
    }

    private void showStatus() {
        TwoFactorStatus status = twoFactor.status();
        content.removeAll();
        if (status.enabled()) {
            Paragraph on = new Paragraph(getTranslation("twofa.status.on", status.recoveryCodesLeft()));
            on.setId("twofa-status");
            content.add(on, regenerate);
            if (!status.required()) {
                proof.clear();
                content.add(new Paragraph(getTranslation("twofa.off.text")), row(proof, turnOff));
            }
        } else {
            Paragraph off = new Paragraph(getTranslation(status.required() ? "twofa.status.required" : "twofa.status.off"));
            off.setId("twofa-status");
            if (status.required()) {
                off.addClassName("twofa-required");
            }
            content.add(off, turnOn);
        }
    }

    private void showSetup(TwoFactorSetup setup) {
        content.removeAll();
        byte[] png = QrCodePng.of(setup.otpauthUri(), 240);
        Image qr = new Image(DownloadHandler.fromInputStream(
                event -> new DownloadResponse(new ByteArrayInputStream(png), "two-factor.png", "image/png", png.length))
                .inline(), getTranslation("twofa.setup.qr-alt"));
        qr.setId("twofa-qr");
        qr.addClassName("twofa-qr");
        secretText = new Span(grouped(setup.secret()));
        secretText.setId("twofa-secret");
        secretText.addClassName("twofa-secret");
        confirmCode.clear();
        confirmCode.setInvalid(false);
        content.add(new Paragraph(getTranslation("twofa.setup.scan")), qr,
                new Paragraph(getTranslation("twofa.setup.manual")), secretText, row(confirmCode, confirm));
        confirmCode.focus();
    }

    private void enable() {
        try {
            List<String> codes = twoFactor.enable(confirmCode.getValue());
            Notices.success(getTranslation("twofa.turned-on"));
            showStatus();
            showRecoveryCodes(codes);
        } catch (DomainException e) {
            confirmCode.setErrorMessage(Failures.describe(e));
            confirmCode.setInvalid(true);
            confirmCode.focus();
        }
    }

    private void disable() {
        try {
            twoFactor.disable(proof.getValue());
            Notices.success(getTranslation("twofa.turned-off"));
            showStatus();
        } catch (DomainException e) {
            proof.setErrorMessage(Failures.describe(e));
            proof.setInvalid(true);
            proof.focus();
        }
    }

    private void showRecoveryCodes(List<String> codes) {
        showStatus();
        recoveryCodes = new Pre(String.join("\n", codes));
        recoveryCodes.setId("twofa-recovery-codes");
        recoveryCodes.addClassName("twofa-recovery-codes");
        Button done = new Button(getTranslation("twofa.recovery.done"));
        done.setId("twofa-recovery-done");
        Div box = new Div(new Paragraph(getTranslation("twofa.recovery.text")), recoveryCodes, done);
        done.addClickListener(e -> box.removeFromParent());
        box.addClassName("twofa-recovery");
        content.addComponentAsFirst(box);
    }

    private static Div row(com.vaadin.flow.component.Component field, Button action) {
        Div row = new Div(field, action);
        row.addClassName("twofa-row");
        return row;
    }

    private static String grouped(String secret) {
        return secret.replaceAll("(.{4})(?!$)", "$1 ");
    }
}
