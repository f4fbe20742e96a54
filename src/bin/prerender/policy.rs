//! The Content-Security-Policy: only this origin, the WebAssembly the
//! browser compiles, and the inline scripts and styles the build itself
//! wrote, each allowed by its sha256 hash. Never `'unsafe-inline'`.

use sha2::{Digest, Sha256};

/// The policy for a page whose inline scripts and styles are given (their
/// text, exactly as between the tags).
pub fn content_security_policy(
    scripts: &[String],
    styles: &[String],
) -> String {
    format!(
        "default-src 'self'; script-src 'self' 'wasm-unsafe-eval'{}; \
style-src 'self'{}; img-src 'self' data:; connect-src 'self'; \
object-src 'none'; base-uri 'none'; form-action 'none'",
        hashes(scripts),
        hashes(styles)
    )
}

/// The policy sent as an HTTP header for the whole site: every page's
/// hashes, and `frame-ancestors 'none'` (no site may frame the app),
/// which only a header can say.
pub fn header_policy(scripts: &[String], styles: &[String]) -> String {
    format!(
        "{}; frame-ancestors 'none'",
        content_security_policy(scripts, styles)
    )
}

/// " 'sha256-...'" for each text.
fn hashes(texts: &[String]) -> String {
    texts
        .iter()
        .map(|text| format!(" 'sha256-{}'", sha256_base64(text)))
        .collect()
}

/// The sha256 of a text in standard base64, as CSP hashes are written.
pub fn sha256_base64(text: &str) -> String {
    base64(&Sha256::digest(text.as_bytes()))
}

/// Standard base64 with padding.
fn base64(bytes: &[u8]) -> String {
    const ABC: &[u8; 64] =
        b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/";
    let mut out = String::new();
    for chunk in bytes.chunks(3) {
        let n = chunk
            .iter()
            .enumerate()
            .fold(0u32, |n, (i, b)| n | u32::from(*b) << (16 - 8 * i));
        for i in 0..4 {
            if i <= chunk.len() {
                out.push(char::from(ABC[(n >> (18 - 6 * i)) as usize & 63]));
            } else {
                out.push('=');
            }
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn base64_matches_the_standard_examples() {
        assert_eq!(base64(b""), "");
        assert_eq!(base64(b"f"), "Zg==");
        assert_eq!(base64(b"fo"), "Zm8=");
        assert_eq!(base64(b"foo"), "Zm9v");
        assert_eq!(base64(b"foobar"), "Zm9vYmFy");
    }

    #[test]
    fn a_known_sha256_in_base64() {
        // sha256("") in base64, as browsers print it in CSP errors.
        assert_eq!(
            sha256_base64(""),
            "47DEQpj8HBSa+/TImW+5JCeuQeRkm5NMpJWZG3hSuFU="
        );
    }

    #[test]
    fn the_policy_lists_the_hashes_and_never_unsafe_inline() {
        let policy =
            content_security_policy(&[String::new()], &["p{}".to_string()]);
        let empty = sha256_base64("");
        assert!(policy.contains(&format!(
            "script-src 'self' 'wasm-unsafe-eval' 'sha256-{empty}';"
        )));
        assert!(policy.contains(&format!(
            "style-src 'self' 'sha256-{}';",
            sha256_base64("p{}")
        )));
        assert!(policy.contains("object-src 'none'"));
        assert!(!policy.contains("unsafe-inline"));
        let none = content_security_policy(&[], &[]);
        assert!(none.contains("style-src 'self';"), "{none}");
    }
}
