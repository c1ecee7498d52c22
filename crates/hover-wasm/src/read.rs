//! Reading the panel's arguments, plain JavaScript objects, field by field with
//! `js_sys::Reflect`.
//!
//! Not with serde-wasm-bindgen's deserializer, which the package uses to write its answers:
//! its error messages print an unexpected number with Rust's float formatting (16 KB of wasm
//! on its own), and with its generic code that was 39 KB of the package's 250 KB budget for
//! four small shapes (BENCHMARKS.md). A number in a message here is written by JavaScript.

use crate::js_error;
use js_sys::{Array, Float64Array, Number, Object, Reflect};
use wasm_bindgen::{JsCast, JsError, JsValue};

/// The largest whole number a JavaScript number holds exactly (`Number.MAX_SAFE_INTEGER`).
const MAX_SAFE_INTEGER: f64 = 9_007_199_254_740_991.0;

/// `value` as an object (not an array), or an error naming it `what`.
pub(crate) fn object<'a>(value: &'a JsValue, what: &str) -> Result<&'a Object, JsError> {
    match value.is_object() && !Array::is_array(value) {
        true => Ok(value.unchecked_ref()),
        false => Err(js_error(format!("{what} must be an object"))),
    }
}

/// `object[name]`, or `None` when it is missing, `undefined` or `null`.
pub(crate) fn field(object: &Object, name: &str) -> Result<Option<JsValue>, JsError> {
    let value =
        Reflect::get(object, &JsValue::from_str(name)).map_err(|_| js_error(format!("{name} cannot be read")))?;
    Ok((!value.is_undefined() && !value.is_null()).then_some(value))
}

/// What a field that must be given holds.
pub(crate) fn required<T>(value: Option<T>, name: &str) -> Result<T, JsError> {
    value.ok_or_else(|| js_error(format!("{name} is missing")))
}

/// `object[name]` as a string, if given.
pub(crate) fn string(object: &Object, name: &str) -> Result<Option<String>, JsError> {
    field(object, name)?.map(|v| v.as_string().ok_or_else(|| js_error(format!("{name} must be a string")))).transpose()
}

/// `object[name]` as a number, if given.
pub(crate) fn number(object: &Object, name: &str) -> Result<Option<f64>, JsError> {
    field(object, name)?.map(|v| v.as_f64().ok_or_else(|| js_error(format!("{name} must be a number")))).transpose()
}

/// `object[name]` as a whole number that a JavaScript number holds exactly, if given.
pub(crate) fn integer(object: &Object, name: &str) -> Result<Option<i64>, JsError> {
    match number(object, name)? {
        Some(n) if !is_whole(n) => Err(js_error(format!("{name} must be a whole number, not {}", show(n)))),
        n => Ok(n.map(|n| n as i64)),
    }
}

/// `object[name]` as a whole number ≥ 0, if given.
pub(crate) fn count(object: &Object, name: &str) -> Result<Option<usize>, JsError> {
    integer(object, name)?.map(|n| usize::try_from(n).map_err(|_| js_error(format!("{name} must be ≥ 0")))).transpose()
}

fn is_whole(n: f64) -> bool {
    n.fract() == 0.0 && n.abs() <= MAX_SAFE_INTEGER
}

/// `n` as JavaScript writes it.
fn show(n: f64) -> String {
    Number::from(n).to_string_with_radix(10).map(String::from).unwrap_or_default()
}

/// A JS array of whole numbers ≥ 0, copied in one step: the JS engine builds a typed array
/// from it, which reaches wasm memory as one block (a call per number took 0.4–0.7 s for a
/// day of 2,000 templates). `what` names it in errors.
pub(crate) fn whole_numbers(value: Option<JsValue>, what: &str) -> Result<Vec<f64>, JsError> {
    let array = value.filter(Array::is_array).ok_or_else(|| js_error(format!("{what} must be an array")))?;
    let numbers = Float64Array::new(&array).to_vec();
    match numbers.iter().find(|&&n| !(is_whole(n) && n >= 0.0)) {
        Some(&bad) => Err(js_error(format!("{what} holds {}, not a whole number ≥ 0", show(bad)))),
        None => Ok(numbers),
    }
}

/// A `{template_id: count}` object's entries, in its order. `what` names it in errors.
pub(crate) fn counts(value: &JsValue, what: &str) -> Result<Vec<(String, u64)>, JsError> {
    let entries = Object::entries(object(value, what)?);
    let mut counts = Vec::with_capacity(entries.length() as usize);
    for entry in entries.iter() {
        let entry: Array = entry.unchecked_into();
        // `Object.entries` gives every key as a string.
        let (id, count) = (entry.get(0).as_string().unwrap_or_default(), entry.get(1));
        match count.as_f64() {
            Some(n) if is_whole(n) && n >= 0.0 => counts.push((id, n as u64)),
            _ => return Err(js_error(format!("{what}: the count of {id} must be a whole number ≥ 0"))),
        }
    }
    Ok(counts)
}
