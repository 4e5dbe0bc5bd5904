import { Module } from '@nestjs/common';
import { HealthController } from './health.controller.js';

/** Liveness and readiness for the load balancer and the deployment. */
@Module({ controllers: [HealthController] })
export class HealthModule {}
