// The part of a better-sqlite3 connection the search tables use: typed here so that this package
// does not load SQLite itself (the store opens the file and hands its connection over).

export interface SqlStatement {
  run(...params: unknown[]): unknown;
  get(...params: unknown[]): unknown;
  all(...params: unknown[]): unknown[];
}

export interface SqlDb {
  prepare(sql: string): SqlStatement;
  exec(sql: string): unknown;
}
