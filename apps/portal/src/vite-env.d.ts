/// <reference types="vite/client" />

interface ImportMetaEnv {
  /** `1`: the offline demo build (`.env.offline`, `pnpm build:offline`). */
  readonly VITE_KEHOACH_OFFLINE?: string;
}
