//! danvan: the "Dân vận khéo" emulation movement of a Vietnamese agency or
//! Party cell, kept in one SQLite file.

pub mod award;
pub mod check;
pub mod cli;
pub mod dates;
pub mod db;
pub mod demo;
pub mod discipline;
pub mod error;
pub mod evaluation;
pub mod i18n;
pub mod import;
pub mod initiative;
pub mod lookup;
pub mod member;
pub mod model;
pub mod output;
pub mod people;
pub mod pledge;
pub mod progress;
pub mod removal;
pub mod report;
pub mod review;
pub mod rollup;
pub mod setting;
pub mod suggestion;
pub mod summary;
pub mod text;
pub mod undo;
pub mod unit;
pub mod vocab;
