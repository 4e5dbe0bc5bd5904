import { RequestMethod } from '@nestjs/common';
import { METHOD_METADATA, PATH_METADATA, ROUTE_ARGS_METADATA } from '@nestjs/common/constants.js';
import { RouteParamtypes } from '@nestjs/common/enums/route-paramtypes.enum.js';
import { ModulesContainer } from '@nestjs/core';
import type { INestApplication } from '@nestjs/common';
import { GATEWAY_METADATA } from '@nestjs/websockets/constants.js';
import { getMetadataStorage } from 'class-validator';
import { IS_PUBLIC, ROLES } from '../../src/common/actor.js';
import { PERSONAL_DATA, type PersonalDataMeta } from '../../src/common/personal-data.js';
import { SOCKET_EVENT } from '../../src/realtime/socket-events.js';

export interface RouteInfo {
  /** e.g. 'POST /api/rooms/:id/members' */
  key: string;
  method: string;
  path: string;
  params: string[];
  bodyFields: string[];
  queryFields: string[];
  public: boolean;
  roles: string[] | undefined;
  /** `@PersonalData` / `@NoPersonalData`: whether staff reading it leave an access-log entry. */
  personalData: PersonalDataMeta | undefined;
}

const join = (...parts: string[]) =>
  `/${parts
    .map((p) => p.replace(/^\/|\/$/g, ''))
    .filter(Boolean)
    .join('/')}`;

function dtoFields(dto: unknown): string[] {
  if (typeof dto !== 'function') return [];
  const metas = getMetadataStorage().getTargetValidationMetadatas(dto, '', true, false);
  return [...new Set(metas.map((m) => m.propertyName))];
}

/** Every REST route of the running app, read from Nest's own metadata (so a new route is never missed). */
export function restRoutes(app: INestApplication): RouteInfo[] {
  const out: RouteInfo[] = [];
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.controllers.values()) {
      const ctrl = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!ctrl) continue;
      const base = (Reflect.getMetadata(PATH_METADATA, ctrl) as string | undefined) ?? '';
      for (const name of Object.getOwnPropertyNames(ctrl.prototype)) {
        if (name === 'constructor') continue;
        const handler = (ctrl.prototype as Record<string, unknown>)[name] as object;
        const subPath = Reflect.getMetadata(PATH_METADATA, handler) as string | undefined;
        if (subPath === undefined) continue;
        const method = RequestMethod[Reflect.getMetadata(METHOD_METADATA, handler) as number] ?? 'GET';
        const path = join('api', base, subPath);
        const args = (Reflect.getMetadata(ROUTE_ARGS_METADATA, ctrl, name) ?? {}) as Record<
          string,
          { index: number; data?: string }
        >;
        const types = (Reflect.getMetadata('design:paramtypes', ctrl.prototype, name) ?? []) as unknown[];
        const of = (kind: RouteParamtypes) =>
          Object.entries(args)
            .filter(([k]) => Number(k.split(':')[0]) === kind)
            .map(([, v]) => v);
        out.push({
          key: `${method} ${path}`,
          method,
          path,
          params: of(RouteParamtypes.PARAM).map((p) => p.data ?? ''),
          bodyFields: of(RouteParamtypes.BODY).flatMap((b) => dtoFields(types[b.index])),
          queryFields: of(RouteParamtypes.QUERY).flatMap((q) => dtoFields(types[q.index])),
          public: Boolean(Reflect.getMetadata(IS_PUBLIC, handler) ?? Reflect.getMetadata(IS_PUBLIC, ctrl)),
          roles: (Reflect.getMetadata(ROLES, handler) ?? Reflect.getMetadata(ROLES, ctrl)) as
            string[] | undefined,
          personalData: Reflect.getMetadata(PERSONAL_DATA, handler) as PersonalDataMeta | undefined,
        });
      }
    }
  }
  return out.sort((a, b) => a.key.localeCompare(b.key));
}

/** Every socket event the gateway subscribes to (its `@SocketEvent` methods, which it binds). */
export function socketEvents(app: INestApplication): string[] {
  const events = new Set<string>();
  for (const module of app.get(ModulesContainer).values()) {
    for (const wrapper of module.providers.values()) {
      const type = wrapper.metatype as (new (...args: unknown[]) => object) | null;
      if (!type || typeof type !== 'function' || !Reflect.getMetadata(GATEWAY_METADATA, type)) continue;
      for (const name of Object.getOwnPropertyNames(type.prototype)) {
        const fn = Object.getOwnPropertyDescriptor(type.prototype, name)?.value as unknown;
        if (name === 'constructor' || typeof fn !== 'function') continue;
        const message = Reflect.getMetadata(SOCKET_EVENT, fn) as string | undefined;
        if (message) events.add(message);
      }
    }
  }
  return [...events].sort();
}
