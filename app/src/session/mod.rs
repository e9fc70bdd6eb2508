//! Who is asking: the sessions every feature stands on. A patient's
//! (holder or legal representative, after login, password and one-time
//! code) and a professional's card session; each a random token in an
//! `HttpOnly; SameSite=Strict` cookie, only its keyed hash in PostgreSQL.

pub mod attempts;
pub mod card;
pub mod patient;
