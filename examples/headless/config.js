// The one place the API's address is set. A deployment edits DEFAULT_API_BASE;
// `?api=https://cms.example.vn` in the address bar overrides it for this
// browser tab's session (handy in development and in the browser test).
const DEFAULT_API_BASE = "http://127.0.0.1:8000";
const STORAGE_KEY = "toasoan-headless-api";

function chosenBase() {
  const fromQuery = new URLSearchParams(location.search).get("api");
  if (fromQuery) {
    sessionStorage.setItem(STORAGE_KEY, fromQuery);
    return fromQuery;
  }
  return sessionStorage.getItem(STORAGE_KEY) || DEFAULT_API_BASE;
}

export const API_BASE = chosenBase().replace(/\/+$/, "");
// Articles per page in a column listing and results per page in search.
export const PAGE_SIZE = 10;
