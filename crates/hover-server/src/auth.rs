//! Optional bearer-token auth: each token belongs to one org, and a caller reads and writes
//! only its own org's logs. With no tokens configured every request is let through.

use crate::error::ApiError;
use crate::AppState;
use axum::extract::FromRequestParts;
use axum::http::request::Parts;

/// Who is calling: the org its token belongs to, or nobody in particular when auth is off.
#[derive(Debug, Clone)]
pub struct Caller {
    /// The org its token belongs to; `None` when auth is off.
    pub org: Option<String>,
}

impl Caller {
    /// 403 unless the caller may use `org`.
    pub fn authorize(&self, org: &str) -> Result<(), ApiError> {
        match &self.org {
            Some(own) if own != org => Err(ApiError::forbidden(format!("this token may not use org {org:?}"))),
            _ => Ok(()),
        }
    }
}

impl FromRequestParts<AppState> for Caller {
    type Rejection = ApiError;

    async fn from_request_parts(parts: &mut Parts, state: &AppState) -> Result<Self, Self::Rejection> {
        let tokens = &state.config.auth.tokens;
        if tokens.is_empty() {
            return Ok(Caller { org: None });
        }
        let header = parts
            .headers
            .get(axum::http::header::AUTHORIZATION)
            .ok_or_else(|| ApiError::unauthorized("missing Authorization: Bearer <token>"))?;
        let token = header
            .to_str()
            .ok()
            .and_then(|h| h.strip_prefix("Bearer "))
            .ok_or_else(|| ApiError::unauthorized("the Authorization header must be \"Bearer <token>\""))?;
        match tokens.get(token.trim()) {
            Some(org) => Ok(Caller { org: Some(org.clone()) }),
            None => Err(ApiError::unauthorized("unknown token")),
        }
    }
}
