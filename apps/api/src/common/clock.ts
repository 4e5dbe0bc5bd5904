import { Injectable } from '@nestjs/common';

/**
 * The time, as the app sees it. Jobs and lifecycle rules read it here so tests can set it
 * (no sleeping, no waiting for a real day to pass).
 */
@Injectable()
export class Clock {
  private fixed: Date | null = null;

  now(): Date {
    return this.fixed ? new Date(this.fixed) : new Date();
  }

  /** Tests only: freeze the clock at `at` (null returns to real time). */
  set(at: Date | null): void {
    this.fixed = at ? new Date(at) : null;
  }
}
