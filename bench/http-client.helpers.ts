/**
 * The benchmarks' HTTP client: node:http with keep-alive connections. The clients share the 2-core machine with the
 * server they measure, and fetch (undici) spends several times more CPU per request than node:http (about 0.7 ms more
 * per 40 KB POST here): with fetch, a good part of what the figures measured was the load generator itself.
 */
import http from 'node:http';

export interface BenchResponse {
  status: number;
  text: string;
}

/** A request function over one keep-alive agent of at most `maxSockets` connections. */
export function benchClient(maxSockets: number): (method: 'GET' | 'POST', url: string, headers: Record<string, string>, body?: string | Buffer) => Promise<BenchResponse> {
  const agent = new http.Agent({ keepAlive: true, maxSockets });
  return (method, url, headers, body) =>
    new Promise((resolve, reject) => {
      const req = http.request(url, { method, agent, headers: body === undefined ? headers : { ...headers, 'Content-Length': Buffer.byteLength(body) } }, (res) => {
        const chunks: Buffer[] = [];
        res.on('data', (c: Buffer) => chunks.push(c));
        res.on('end', () => resolve({ status: res.statusCode ?? 0, text: Buffer.concat(chunks).toString('utf8') }));
        res.on('error', reject);
      });
      req.on('error', reject);
      req.end(body);
    });
}
