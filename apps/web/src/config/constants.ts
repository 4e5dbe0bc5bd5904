/** Where the API lives: always the same origin as the web app (the API serves it, or Vite proxies). */
export const API_BASE = '/api';
export const SOCKET_PATH = '/socket.io';
export const CSRF_COOKIE = 'spiegel_csrf';
export const CSRF_HEADER = 'x-csrf-token';
export const LANGUAGE_STORAGE_KEY = 'spiegel.lang';

/** Mirrors the API's rules so people hear about a mistake before they send the form. */
export const LOGIN_NAME_PATTERN = /^[a-zA-Z0-9._-]{3,40}$/;
export const MIN_PASSWORD_LENGTH = 10;
export const MAX_PASSWORD_LENGTH = 200;
