// @ts-nocheck
import { resolveRef } from '@cantila/spec-model';
import type { Json, Spec } from './model.ts';

/** Whether a resolved parameter is the act-as header: the one the document's `ActAs` parameter component names. */
export function isActAs(spec: Spec, parameter: Json): boolean {
  const component = spec.components?.parameters?.ActAs;
  if (!component || parameter.in !== 'header') return false;
  return String(resolveRef<Json>(spec, component).name).toLowerCase() === String(parameter.name).toLowerCase();
}
