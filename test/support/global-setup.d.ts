/** Types for global-setup.js (plain JavaScript: jest loads it before any TypeScript transform). */
export function lagTestmiljo(): Record<string, string>;
export default function setup(): Promise<void>;
