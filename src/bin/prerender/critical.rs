//! Critical CSS: for each page, the rules of the stylesheet that can
//! apply to something in that page's HTML, to inline in its `<head>` so
//! the first paint waits for no stylesheet download. The whole
//! stylesheet still follows, at the end of `<body>` (see
//! [`crate::page::with_critical_css`]), for what the islands draw later.
//!
//! A rule is kept when any of its selectors, made broader where the
//! rewriter cannot test it (pseudo-classes and pseudo-elements dropped,
//! sibling combinators cut to their last part), matches an element of
//! the page. Broader only ever keeps more, so no rule the page's own
//! markup needs is left out, and nothing moves when the whole stylesheet
//! arrives. At-rules other than `@media` and `@supports` are always kept.

use std::cell::RefCell;
use std::collections::{BTreeSet, HashMap};
use std::rc::Rc;

use lol_html::html_content::Element;
use lol_html::{RewriteStrSettings, Selector, element, rewrite_str};

/// One top-level part of a stylesheet.
#[derive(Debug, PartialEq)]
enum Part<'a> {
    /// `selectors { declarations }`, as written.
    Rule { selectors: &'a str, text: &'a str },
    /// `@media ... { parts }` or `@supports ... { parts }`.
    Group {
        prelude: &'a str,
        parts: Vec<Part<'a>>,
    },
    /// Any other at-rule, kept whole.
    Other(&'a str),
}

/// The stylesheet without its comments.
fn without_comments(css: &str) -> String {
    let mut out = String::with_capacity(css.len());
    let mut rest = css;
    while let Some(start) = rest.find("/*") {
        out.push_str(&rest[..start]);
        rest = match rest[start + 2..].find("*/") {
            Some(end) => &rest[start + 2 + end + 2..],
            None => "",
        };
    }
    out.push_str(rest);
    out
}

/// The characters of `css` from `from` on that are outside quoted
/// strings, with their indexes.
fn unquoted(
    css: &str,
    from: usize,
) -> impl Iterator<Item = (usize, char)> + '_ {
    let mut quote: Option<char> = None;
    css[from..]
        .char_indices()
        .filter_map(move |(i, c)| match (quote, c) {
            (Some(q), c) if c == q => {
                quote = None;
                None
            }
            (Some(_), _) => None,
            (None, '"' | '\'') => {
                quote = Some(c);
                None
            }
            (None, c) => Some((from + i, c)),
        })
}

/// The index of the `}` that closes the block whose `{` is at `open`.
fn closing(css: &str, open: usize) -> Result<usize, String> {
    let mut depth = 0usize;
    for (i, c) in unquoted(css, open) {
        match c {
            '{' => depth += 1,
            '}' => {
                depth -= 1;
                if depth == 0 {
                    return Ok(i);
                }
            }
            _ => {}
        }
    }
    Err("the stylesheet has an unclosed block".into())
}

/// The index of the next `{` from `from`.
fn opening(css: &str, from: usize) -> Option<usize> {
    unquoted(css, from).find(|(_, c)| *c == '{').map(|(i, _)| i)
}

/// Splits a stylesheet (without comments) into its parts.
fn parts(css: &str) -> Result<Vec<Part<'_>>, String> {
    let mut out = Vec::new();
    let mut at = 0;
    while let Some(brace) = opening(css, at) {
        let prelude = css[at..brace].trim();
        let close = closing(css, brace)?;
        let whole = css[at..=close].trim();
        if prelude.starts_with("@media") || prelude.starts_with("@supports") {
            out.push(Part::Group {
                prelude,
                parts: parts(&css[brace + 1..close])?,
            });
        } else if prelude.starts_with('@') {
            out.push(Part::Other(whole));
        } else {
            out.push(Part::Rule {
                selectors: prelude,
                text: whole,
            });
        }
        at = close + 1;
    }
    if !css[at..].trim().is_empty() {
        return Err(format!(
            "the stylesheet ends with text outside a rule: {:?}",
            css[at..].trim()
        ));
    }
    Ok(out)
}

/// A selector the rewriter can test that matches at least every element
/// `selector` does; `None` when there is none (then the rule is kept).
fn broadened(selector: &str) -> Option<String> {
    // Pseudo-classes and pseudo-elements go, with any (...) after them.
    let mut out = String::new();
    let mut chars = selector.chars().peekable();
    let mut bracket = false;
    while let Some(c) = chars.next() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            ':' if !bracket => {
                while chars.peek() == Some(&':') {
                    chars.next();
                }
                while chars
                    .peek()
                    .is_some_and(|c| c.is_alphanumeric() || *c == '-')
                {
                    chars.next();
                }
                if chars.peek() == Some(&'(') {
                    let mut depth = 0;
                    for c in chars.by_ref() {
                        match c {
                            '(' => depth += 1,
                            ')' => {
                                depth -= 1;
                                if depth == 0 {
                                    break;
                                }
                            }
                            _ => {}
                        }
                    }
                }
                // A compound that was only pseudo-classes is any element.
                if out.is_empty() || out.ends_with([' ', '>', '+', '~']) {
                    out.push('*');
                }
                continue;
            }
            _ => {}
        }
        out.push(c);
    }
    // Sibling combinators (outside [...]): the last part matches at
    // least as much.
    let mut bracket = false;
    let mut last_start = 0;
    for (i, c) in out.char_indices() {
        match c {
            '[' => bracket = true,
            ']' => bracket = false,
            '+' | '~' if !bracket => last_start = i + 1,
            _ => {}
        }
    }
    let out = out[last_start..].trim().to_string();
    if out.is_empty() {
        return Some("*".into());
    }
    out.parse::<Selector>().ok().map(|_| out)
}

/// Which of `selectors` match an element of `html`.
fn matching(html: &str, selectors: &[String]) -> Result<Vec<bool>, String> {
    let found = Rc::new(RefCell::new(vec![false; selectors.len()]));
    let mut settings = RewriteStrSettings::new();
    for (i, selector) in selectors.iter().enumerate() {
        let seen = Rc::clone(&found);
        settings = settings.append_element_content_handler(element!(
            selector.as_str(),
            move |_el: &mut Element| {
                seen.borrow_mut()[i] = true;
                Ok(())
            }
        ));
    }
    rewrite_str(html, settings).map_err(|e| format!("HTML rewriter: {e}"))?;
    Ok(found.take())
}

/// The rules of `css` that can apply to `html`, in their order, minified
/// as they came.
pub fn critical_css(css: &str, html: &str) -> Result<String, String> {
    let css = without_comments(css);
    let parts = parts(&css)?;
    let mut tests = BTreeSet::new();
    collect(&parts, &mut tests);
    let tests: Vec<String> = tests.into_iter().collect();
    let found: HashMap<&str, bool> = tests
        .iter()
        .map(String::as_str)
        .zip(matching(html, &tests)?)
        .collect();
    // Kept when a selector cannot be tested or matches; every testable
    // one was collected above, so the fallback only ever keeps more.
    let keep = |selectors: &str| {
        selectors.split(',').any(|one| {
            broadened(one.trim()).is_none_or(|test| {
                found.get(test.as_str()).copied().unwrap_or(true)
            })
        })
    };
    let mut out = String::new();
    write(&parts, &keep, &mut out);
    Ok(out)
}

/// Every distinct selector to test.
fn collect(parts: &[Part], tests: &mut BTreeSet<String>) {
    for part in parts {
        match part {
            Part::Rule { selectors, .. } => {
                tests.extend(
                    selectors
                        .split(',')
                        .filter_map(|one| broadened(one.trim())),
                );
            }
            Part::Group { parts, .. } => collect(parts, tests),
            Part::Other(_) => {}
        }
    }
}

/// The kept parts as CSS text; a group only when something in it is kept.
fn write(parts: &[Part], keep: &dyn Fn(&str) -> bool, out: &mut String) {
    for part in parts {
        match part {
            Part::Rule { selectors, text } => {
                if keep(selectors) {
                    out.push_str(text);
                }
            }
            Part::Group { prelude, parts } => {
                let mut inner = String::new();
                write(parts, keep, &mut inner);
                if !inner.is_empty() {
                    out.push_str(&format!("{prelude}{{{inner}}}"));
                }
            }
            Part::Other(text) => out.push_str(text),
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const CSS: &str = "/* note */:root{--a:1}.used{color:red}\
.unused{color:blue}.list li+li{margin:0}.btn:hover,.gone:focus{x:1}\
@media (prefers-color-scheme:dark){.used{color:pink}.unused{c:2}}\
@media print{.unused{c:3}}@font-face{font-family:x}\
a[href=\"{\"]::after{content:\"}\"}";

    const HTML: &str = "<html><body><p class=used>x</p>\
<ul class=list><li>a</li></ul><a class=btn href=\"{\">b</a></body></html>";

    #[test]
    fn a_stylesheet_splits_into_its_rules_and_groups() {
        let css = without_comments(CSS);
        let all = parts(&css).unwrap();
        assert_eq!(all.len(), 9);
        assert_eq!(
            all[1],
            Part::Rule {
                selectors: ".used",
                text: ".used{color:red}"
            }
        );
        assert!(
            matches!(&all[5], Part::Group { parts, .. } if parts.len() == 2)
        );
        assert_eq!(all[7], Part::Other("@font-face{font-family:x}"));
        assert!(parts(".a{").is_err());
        assert!(parts(".a{}.b").is_err());
    }

    #[test]
    fn selectors_are_broadened_to_what_the_rewriter_can_test() {
        assert_eq!(broadened(".a:hover").as_deref(), Some(".a"));
        assert_eq!(broadened(".list li+li").as_deref(), Some("li"));
        assert_eq!(broadened("::before").as_deref(), Some("*"));
        assert_eq!(broadened(":root").as_deref(), Some("*"));
        assert_eq!(
            broadened("a[aria-current=\"page\"]:focus-visible").as_deref(),
            Some("a[aria-current=\"page\"]")
        );
        assert_eq!(broadened(".x > :not(.y)").as_deref(), Some(".x > *"));
        assert_eq!(
            broadened("input:not(:checked) + span").as_deref(),
            Some("span")
        );
        assert_eq!(broadened("li:nth-child(2n+1)").as_deref(), Some("li"));
        assert_eq!(broadened("[class~=a] b").as_deref(), Some("[class~=a] b"));
    }

    #[test]
    fn only_rules_that_can_apply_to_the_page_are_kept() {
        let kept = critical_css(CSS, HTML).unwrap();
        assert!(kept.starts_with(":root{--a:1}.used{color:red}"), "{kept}");
        assert!(!kept.contains(".unused"), "{kept}");
        assert!(kept.contains(".list li+li{margin:0}"));
        assert!(kept.contains(".btn:hover,.gone:focus{x:1}"));
        assert!(
            kept.contains(
                "@media (prefers-color-scheme:dark){.used{color:pink}}"
            )
        );
        assert!(!kept.contains("@media print"), "{kept}");
        assert!(kept.contains("@font-face{font-family:x}"));
        assert!(kept.contains("content:\"}\""));
    }
}
