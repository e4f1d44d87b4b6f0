// fetch helpers for the Tòa Soạn API. Every failure becomes an ApiError with
// a Vietnamese message a reader can be shown (showError).
import { API_BASE } from "./config.js";
import { fill, h } from "./dom.js";

export class ApiError extends Error {
  constructor(message, status = 0, errors = null) {
    super(message);
    this.status = status;
    this.errors = errors; // the comments API's {"field": ["lý do"]}
  }
}

const STATUS_MESSAGES = {
  400: "Yêu cầu không hợp lệ.",
  403: "Máy chủ từ chối yêu cầu này.",
  404: "Không tìm thấy nội dung bạn cần.",
  409: "Nội dung này đã được gửi trước đó.",
  429: "Bạn gửi quá nhanh, vui lòng thử lại sau ít phút.",
};

export function apiUrl(path, params = {}) {
  const url = new URL(API_BASE + path);
  for (const [name, value] of Object.entries(params)) {
    if (value !== undefined && value !== null && value !== "") url.searchParams.set(name, value);
  }
  return url.toString();
}

// A media address from the API may be relative ("/media/…"): it lives on the API's host.
export function mediaUrl(url) {
  return url ? new URL(url, API_BASE + "/").toString() : "";
}

// Tòa Soạn's own errors are Vietnamese; a few of Wagtail's stock ones are English
// ("No Page matches the given query."): those are replaced by a message by status.
function vietnamese(text) {
  return typeof text === "string" && /[^\x00-\x7f]/.test(text) ? text : null;
}

function messageOf(body, status) {
  const fallback = STATUS_MESSAGES[status] || `Máy chủ gặp lỗi (mã ${status}), vui lòng thử lại sau.`;
  if (!body) return fallback;
  if (body.errors) {
    const all = body.errors.__all__;
    if (all && all.length) return all.join(" ");
    const first = Object.values(body.errors).flat()[0];
    if (first) return String(first);
  }
  return vietnamese(body.message) || vietnamese(body.detail) || fallback; // Wagtail API, search
}

async function request(url, options) {
  let response;
  try {
    response = await fetch(url, { headers: { Accept: "application/json" }, ...options });
  } catch {
    throw new ApiError("Không kết nối được với máy chủ tin tức. Vui lòng kiểm tra mạng và thử lại.");
  }
  let body = null;
  try {
    body = await response.json();
  } catch {
    body = null;
  }
  if (!response.ok) throw new ApiError(messageOf(body, response.status), response.status, body && body.errors);
  if (body === null) throw new ApiError("Máy chủ trả về dữ liệu không đọc được.", response.status);
  return body;
}

export function apiGet(path, params) {
  return request(apiUrl(path, params));
}

// Tries a path that may not exist on this server yet; null instead of an error.
export async function apiGetOptional(path, params) {
  try {
    return await apiGet(path, params);
  } catch {
    return null;
  }
}

export function apiPost(path, data) {
  return request(apiUrl(path), {
    method: "POST",
    headers: { Accept: "application/json", "Content-Type": "application/json" },
    body: JSON.stringify(data),
  });
}

export function showError(container, error) {
  const message = error instanceof ApiError ? error.message : "Đã có lỗi khi hiển thị trang.";
  if (!(error instanceof ApiError)) console.error(error);
  fill(container, h("p", { class: "error", role: "alert" }, message));
}
