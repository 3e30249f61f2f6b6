/// <reference types="@remix-run/dev" />
/// <reference types="@remix-run/node" />

// Single fetch: loader and action types are inferred from what they return (Dates stay Dates).
declare module '@remix-run/node' {
  interface Future {
    v3_singleFetch: true
  }
}
export {}
