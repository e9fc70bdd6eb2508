//! The integration tests, one binary: each module tells the stories of one
//! part of the portal against a real PostgreSQL (`#[sqlx::test]` gives each
//! test a fresh database; cargo-nextest runs each test in its own process).

mod common;

mod cli;
mod closure;
mod code_request;
mod controls;
mod creation;
mod embedded_pg;
mod export;
mod help;
mod hostile;
mod identify;
mod instances;
mod insurer;
mod light;
mod mail;
mod notifications;
mod professional;
mod record;
mod registry;
mod representative;
mod sign_in;
mod sms;
mod staff;
mod web;
mod workshop;
