//! What every read query shares: the scope's placeholders, bound in order.

use crate::Scope;
use clickhouse::query::Query;

/// Binds a scope's values: the org, then each stream (see [`crate::stream_condition`]).
pub(super) fn bind_scope(mut query: Query, scope: &Scope) -> Query {
    query = query.bind(&scope.org);
    for s in scope.streams.iter().flatten() {
        query = query.bind(s);
    }
    query
}
