//! The clinic's words in US Spanish. Its name, city and phone number are
//! the same in every language and stay in `crate::content::clinic`.

/// What the clinic is to this app, after its name and city.
pub const ROLE: &str = "la clínica de columna que escribió el artículo en el \
que se basa esta aplicación";

/// Beside the clinic's number: the clinic is not the service for MS
/// symptoms.
pub const MS_TEAM_FIRST: &str = "Para los síntomas de la EM, llame primero a \
su propio equipo de atención de la EM.";
