// The part of autocannon's API the scale bench uses (the package ships no types).
declare module "autocannon" {
  interface Result {
    latency: { p50: number; p99: number };
    requests: { average: number };
    non2xx: number;
  }
  export default function autocannon(options: { url: string; connections: number; duration: number }): Promise<Result>;
}
