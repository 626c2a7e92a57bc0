package app.tandem.org;

/** A started setup: the secret (for manual entry) and the otpauth URI the QR code carries. */
public record TwoFactorSetup(String secret, String otpauthUri) {
}
