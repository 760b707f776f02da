/**
 * The few node:http / node:net / node:fs types the client and JSON Schema tests use. The sdk's tsconfig loads no Node
 * types (`"types": []`) so that src cannot use Node-only APIs; pulling in @types/node for the
 * test server would make Node's globals visible to src too.
 */
declare module 'node:http' {
  export interface IncomingMessage {
    method?: string;
    url?: string;
    headers: Record<string, string | string[] | undefined>;
    socket: { destroy(): void };
    setEncoding(encoding: 'utf8'): this;
    on(event: 'data', listener: (chunk: string) => void): this;
    on(event: 'end', listener: () => void): this;
  }
  export interface ServerResponse {
    writeHead(status: number, headers?: Record<string, string>): this;
    write(chunk: string | Uint8Array): boolean;
    end(chunk?: string | Uint8Array): this;
  }
  export interface Server {
    keepAliveTimeout: number;
    listen(port: number, host: string, callback: () => void): this;
    close(callback?: (err?: Error) => void): this;
    closeAllConnections(): void;
    address(): unknown;
  }
  export function createServer(handler?: (req: IncomingMessage, res: ServerResponse) => void): Server;
}

declare module 'node:net' {
  export interface AddressInfo {
    address: string;
    family: string;
    port: number;
  }
}

declare module 'node:fs' {
  export function readFileSync(path: URL, encoding: 'utf8'): string;
}
