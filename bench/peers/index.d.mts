// Why this file exists: types of bench/peers/index.mjs (the peer adapters) for the TypeScript tests.
export interface PeerAdapter {
  name: string;
  pkg: string;
  api: string;
  async?: boolean;
  create(patterns?: string[]): unknown;
  run(instance: unknown, text: string): number | Promise<number>;
  spans(instance: unknown, text: string): Array<[number, number]> | Promise<Array<[number, number]>>;
}
export const REDACTORS: PeerAdapter[];
export const DICTIONARY: PeerAdapter;
