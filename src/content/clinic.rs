//! The clinic whose article the content is based on.

/// The clinic's name.
pub const NAME: &str = "The Spine Institute";

/// Where the clinic is.
pub const CITY: &str = "Los Angeles";

/// What the clinic is to this app, after its name and city.
pub const ROLE: &str = "the spine practice whose article this app is \
based on";

/// Beside the clinic's number: the clinic is not the service for MS
/// symptoms.
pub const MS_TEAM_FIRST: &str = "For MS symptoms, call your own MS team \
first.";

/// [`ROLE`] in a language.
pub const fn role(lang: crate::lang::Lang) -> &'static str {
    lang.pick(ROLE, super::es::clinic::ROLE)
}

/// [`MS_TEAM_FIRST`] in a language.
pub const fn ms_team_first(lang: crate::lang::Lang) -> &'static str {
    lang.pick(MS_TEAM_FIRST, super::es::clinic::MS_TEAM_FIRST)
}

/// The city as written in a language ("Los Ángeles" in Spanish).
pub const fn city(lang: crate::lang::Lang) -> &'static str {
    lang.pick(CITY, "Los Ángeles")
}

/// The phone number as people read and say it (US format).
pub const PHONE_DISPLAY: &str = "310-828-7757";

/// Turns a US phone number as people write it ("310-828-7757",
/// "(310) 828 7757", "+1 310 828 7757") into a `tel:` link in E.164 form,
/// so a tap dials the right number from any country.
///
/// Returns `None` when the text is not a 10-digit US number (optionally
/// with the leading country code 1), rather than producing a link that
/// would dial the wrong place.
pub fn tel_href(written: &str) -> Option<String> {
    let allowed = |c: char| " -().+".contains(c);
    if written.chars().any(|c| !c.is_ascii_digit() && !allowed(c)) {
        return None;
    }
    let digits: String = written.chars().filter(char::is_ascii_digit).collect();
    let national = match digits.len() {
        10 => digits.as_str(),
        11 if digits.starts_with('1') => &digits[1..],
        _ => return None,
    };
    Some(format!("tel:+1{national}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn clinic_number_becomes_e164_tel_link() {
        assert_eq!(
            tel_href(PHONE_DISPLAY).as_deref(),
            Some("tel:+13108287757")
        );
    }

    #[test]
    fn common_spellings_give_the_same_link() {
        for written in ["(310) 828 7757", "+1 310 828 7757", "3108287757"] {
            assert_eq!(
                tel_href(written).as_deref(),
                Some("tel:+13108287757"),
                "{written}"
            );
        }
    }

    #[test]
    fn wrong_lengths_and_letters_are_refused() {
        for written in ["828-7757", "310-828-77571", "2-310-828-7757", ""] {
            assert_eq!(tel_href(written), None, "{written}");
        }
        assert_eq!(tel_href("310-TRUNK-77"), None);
    }
}
