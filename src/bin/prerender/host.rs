//! What a real static host needs to serve the build as
//! `scripts/serve.mjs` does: the security headers (the policy as an HTTP
//! header, which may say `frame-ancestors`; a `<meta>` cannot), cache
//! rules (hashed files for a year, everything else revalidated) and MIME
//! types. Written in two forms, from the one list of files:
//!
//! - `_headers` in the site itself, the format Netlify and Cloudflare
//!   Pages read (and never serve);
//! - an nginx `server` block, outside the site (`target/deploy/`).

/// For a year, never revalidated: the name changes when the content does.
pub const IMMUTABLE: &str = "public, max-age=31536000, immutable";
/// Revalidated on every use, so visitors see a new version.
pub const REVALIDATE: &str = "no-cache";

/// Headers every response carries, beside the policy.
const SECURITY: &[(&str, &str)] = &[
    ("X-Content-Type-Options", "nosniff"),
    ("Referrer-Policy", "no-referrer"),
    (
        "Permissions-Policy",
        "camera=(), microphone=(), geolocation=(), payment=(), usb=()",
    ),
];

/// The MIME types of every file the build writes: (type, extensions).
pub const TYPES: &[(&str, &[&str])] = &[
    ("text/html", &["html"]),
    ("text/css", &["css"]),
    ("text/javascript", &["js", "mjs"]),
    ("application/wasm", &["wasm"]),
    ("application/json", &["json"]),
    ("application/manifest+json", &["webmanifest"]),
    ("image/svg+xml", &["svg"]),
    ("image/png", &["png"]),
    ("image/x-icon", &["ico"]),
    ("text/plain", &["txt"]),
];

/// True for Trunk's content-hashed names: `name-<hash>.ext`, the wasm
/// with `_bg` after the hash. The hash has 16 hex digits, fewer when it
/// starts with zeros (Trunk drops them), so 12 to 16 are accepted.
pub fn is_hashed(url: &str) -> bool {
    let file = url.rsplit('/').next().unwrap_or(url);
    let Some((stem, ext)) = file.rsplit_once('.') else {
        return false;
    };
    let stem = stem.strip_suffix("_bg").unwrap_or(stem);
    let Some((name, hash)) = stem.rsplit_once('-') else {
        return false;
    };
    !name.is_empty()
        && !ext.is_empty()
        && (12..=16).contains(&hash.len())
        && hash.bytes().all(|b| matches!(b, b'0'..=b'9' | b'a'..=b'f'))
}

/// The `_headers` file: the security headers for every path, each
/// page's own policy (a policy only means something on a page, so other
/// files do not carry its bytes), and each file's cache rule. Netlify
/// and Cloudflare join the values of a header that several rules set, so
/// `Cache-Control` is given once per file, never in the catch-all rule.
pub fn headers_file(policies: &[(String, String)], urls: &[&str]) -> String {
    let mut out = String::from(
        "# Written by the build (src/bin/prerender/host.rs) for Netlify \
and Cloudflare Pages.\n/*\n",
    );
    for (name, value) in SECURITY {
        out.push_str(&format!("  {name}: {value}\n"));
    }
    for url in urls {
        let cache = if is_hashed(url) {
            IMMUTABLE
        } else {
            REVALIDATE
        };
        out.push_str(&format!("{url}\n  Cache-Control: {cache}\n"));
        if let Some((_, policy)) = policies.iter().find(|(page, _)| page == url)
        {
            out.push_str(&format!("  Content-Security-Policy: {policy}\n"));
        }
    }
    out
}

/// An nginx `server` block serving the site from `root`, with the same
/// headers as `_headers` (each page an exact location with its policy). nginx drops the server's `add_header` lines in
/// any location that has its own, so each location repeats them all.
pub fn nginx_server(root: &str, policies: &[(String, String)]) -> String {
    let headers = |cache: &str, policy: Option<&str>| {
        let mut lines = String::new();
        let mut all = vec![("Cache-Control", cache)];
        if let Some(policy) = policy {
            all.push(("Content-Security-Policy", policy));
        }
        for (name, value) in all.iter().chain(SECURITY) {
            lines.push_str(&format!(
                "        add_header {name} \"{value}\" always;\n"
            ));
        }
        lines
    };
    let pages: String = policies
        .iter()
        .map(|(url, policy)| {
            let file = if url.ends_with('/') {
                format!("{url}index.html")
            } else {
                url.clone()
            };
            format!(
                "    location = {url} {{\n        try_files {file} =404;\n{}    }}\n",
                headers(REVALIDATE, Some(policy))
            )
        })
        .collect();
    let types: String = TYPES
        .iter()
        .map(|(mime, exts)| format!("        {mime} {};\n", exts.join(" ")))
        .collect();
    let compressible = TYPES
        .iter()
        .map(|(mime, _)| *mime)
        .filter(|m| !m.starts_with("image/") || *m == "image/svg+xml")
        .filter(|m| *m != "text/html") // nginx always compresses HTML.
        .collect::<Vec<_>>()
        .join(" ");
    format!(
        "# Written by the build (src/bin/prerender/host.rs): serves the
# site as scripts/serve.mjs does. Include it in nginx's http block. Set
# `root` to where dist/ is copied and `listen` to your port (and TLS).
# The Content-Security-Policy holds the hashes of this build's inline
# code, so write this file again with every build.
server {{
    listen 8080;
    root {root};
    index index.html;
    absolute_redirect off;
    server_tokens off;
    charset utf-8;
    charset_types text/css text/javascript application/json
        application/manifest+json image/svg+xml text/plain;

    # Only what the build writes, so nothing is sent as a guessed type.
    types {{
{types}    }}
    default_type application/octet-stream;

    # Brotli needs a module (Debian: libnginx-mod-http-brotli-filter);
    # gzip is built in.
    gzip on;
    gzip_comp_level 9;
    gzip_vary on;
    gzip_types {compressible};

    error_page 404 /404.html;

    # The headers file is for Netlify and Cloudflare, not for visitors.
    location = /_headers {{
        return 404;
    }}

    # Hashed files never change: cached for a year.
    location ~ \"-[0-9a-f]{{12,16}}(_bg)?\\.[a-z0-9]+$\" {{
        try_files $uri =404;
{immutable}    }}

    # Each page, with its own Content-Security-Policy: revalidated.
{pages}
    # Unknown paths under /es/ get the Spanish not-found page.
    location /es/ {{
        error_page 404 /es/404.html;
        try_files $uri $uri/ =404;
{revalidate}    }}

    # The service worker, the manifest and icons: revalidated.
    location / {{
        try_files $uri $uri/ =404;
{revalidate}    }}
}}
",
        immutable = headers(IMMUTABLE, None),
        revalidate = headers(REVALIDATE, None),
    )
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hashed_names_are_told_apart_from_others() {
        for url in [
            "/main-2c13129221e44c10.css",
            "/ms-your-spine-diary-1f103cbe31ee9335.js",
            "/ms-your-spine-4d920c8a3fa5fcb_bg.wasm",
            "/favicon-de8c2482d66d56.svg",
        ] {
            assert!(is_hashed(url), "{url}");
        }
        for url in [
            "/",
            "/symptoms/",
            "/sw.js",
            "/404.html",
            "/manifest.webmanifest",
            "/icons/icon-192.png",
            "/main-2c13.css",
            "/main-2c13129221e44c10123.css",
            "/main-2C13129221E44C10.css",
            "/-2c13129221e44c10.css",
        ] {
            assert!(!is_hashed(url), "{url}");
        }
    }

    #[test]
    fn headers_give_each_file_one_cache_rule_and_each_page_its_policy() {
        let policies = [("/".to_string(), "default-src 'self'".to_string())];
        let text = headers_file(
            &policies,
            &["/", "/main-2c13129221e44c10.css", "/sw.js"],
        );
        assert!(text.contains("/*\n  X-Content-Type-Options: nosniff\n"));
        assert!(
            text.contains(
                "/\n  Cache-Control: no-cache\n  Content-Security-Policy: \
default-src 'self'\n"
            ),
            "{text}"
        );
        assert!(text.contains(&format!(
            "/main-2c13129221e44c10.css\n  Cache-Control: {IMMUTABLE}\n"
        )));
        assert!(text.contains("/sw.js\n  Cache-Control: no-cache\n"));
        assert_eq!(text.matches("Cache-Control").count(), 3, "{text}");
        assert_eq!(text.matches("Content-Security-Policy").count(), 1);
    }

    #[test]
    fn the_nginx_block_gives_each_location_every_header() {
        let policies = [
            ("/".to_string(), "default-src 'self'".to_string()),
            ("/404.html".to_string(), "default-src 'none'".to_string()),
        ];
        let text = nginx_server("/srv/site", &policies);
        assert!(text.contains("root /srv/site;"));
        assert!(text.contains("application/wasm wasm;"));
        assert!(
            text.contains(
                "location = / {\n        try_files /index.html =404;"
            ),
            "{text}"
        );
        assert!(text.contains(
            "location = /404.html {\n        try_files /404.html =404;"
        ));
        assert!(text.contains(
            "add_header Content-Security-Policy \"default-src 'none'\" always;"
        ));
        assert_eq!(
            text.matches("add_header Content-Security-Policy").count(),
            2
        );
        // Both pages, the hashed files, the Spanish folder and the rest.
        assert_eq!(
            text.matches("add_header X-Content-Type-Options").count(),
            5
        );
        assert!(
            text.contains(&format!("add_header Cache-Control \"{IMMUTABLE}\""))
        );
        assert!(text.contains("error_page 404 /404.html;"));
        assert!(text.contains("error_page 404 /es/404.html;"));
        // Balanced braces: nginx would refuse the file otherwise.
        assert_eq!(text.matches('{').count(), text.matches('}').count());
    }
}
