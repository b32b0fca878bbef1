// Placeholder for the web pages (issue 12 replaces this module): answers nothing, so the server sends its 404.
import type { WebHandler } from '../contract';

export const handleWeb: WebHandler = async () => false;
