/** Every rule of the spec diff, one per file, in the order the README lists them. */
// @ts-nocheck

import actAsRemoved from './act-as-removed.ts';
import docsChanged from './docs-changed.ts';
import enumMadeExtensible from './enum-made-extensible.ts';
import extensibleEnumValueAdded from './extensible-enum-value-added.ts';
import guideChanged from './guide-changed.ts';
import operationAdded from './operation-added.ts';
import operationDeprecated from './operation-deprecated.ts';
import operationRemoved from './operation-removed.ts';
import parameterAddedOptional from './parameter-added-optional.ts';
import parameterAddedRequired from './parameter-added-required.ts';
import parameterDeprecated from './parameter-deprecated.ts';
import parameterMadeRequired from './parameter-made-required.ts';
import parameterRemoved from './parameter-removed.ts';
import pathParameterRenamed from './path-parameter-renamed.ts';
import propertyDeprecated from './property-deprecated.ts';
import requestBodyRequired from './request-body-required.ts';
import requestBoundsNarrowed from './request-bounds-narrowed.ts';
import requestEnumNarrowed from './request-enum-narrowed.ts';
import requestEnumValueAdded from './request-enum-value-added.ts';
import requestFormatChanged from './request-format-changed.ts';
import requestMediaTypeRemoved from './request-media-type-removed.ts';
import requestPatternChanged from './request-pattern-changed.ts';
import requestPropertyAddedOptional from './request-property-added-optional.ts';
import requestPropertyAddedRequired from './request-property-added-required.ts';
import requestPropertyMadeRequired from './request-property-made-required.ts';
import requestPropertyRemoved from './request-property-removed.ts';
import requestTypeNarrowed from './request-type-narrowed.ts';
import responseEnumValueAdded from './response-enum-value-added.ts';
import responseHeaderRemoved from './response-header-removed.ts';
import responseMadeNullable from './response-made-nullable.ts';
import responseMediaTypeRemoved from './response-media-type-removed.ts';
import responsePropertyAdded from './response-property-added.ts';
import responsePropertyMadeOptional from './response-property-made-optional.ts';
import responsePropertyRemoved from './response-property-removed.ts';
import responseStatusAdded from './response-status-added.ts';
import responseTypeChanged from './response-type-changed.ts';
import scopeRaised from './scope-raised.ts';
import securitySchemeRemoved from './security-scheme-removed.ts';
import successStatusRemoved from './success-status-removed.ts';
import type { Rule } from '../model.ts';

export const rules: readonly Rule[] = [
  operationRemoved,
  parameterRemoved,
  parameterMadeRequired,
  parameterAddedRequired,
  requestBodyRequired,
  requestPropertyAddedRequired,
  requestPropertyMadeRequired,
  requestPropertyRemoved,
  requestTypeNarrowed,
  requestFormatChanged,
  requestPatternChanged,
  requestEnumNarrowed,
  requestBoundsNarrowed,
  requestMediaTypeRemoved,
  responsePropertyRemoved,
  responsePropertyMadeOptional,
  responseMadeNullable,
  responseTypeChanged,
  responseEnumValueAdded,
  successStatusRemoved,
  responseMediaTypeRemoved,
  responseHeaderRemoved,
  scopeRaised,
  securitySchemeRemoved,
  actAsRemoved,
  operationAdded,
  parameterAddedOptional,
  pathParameterRenamed,
  requestPropertyAddedOptional,
  requestEnumValueAdded,
  responsePropertyAdded,
  extensibleEnumValueAdded,
  enumMadeExtensible,
  responseStatusAdded,
  operationDeprecated,
  parameterDeprecated,
  propertyDeprecated,
  docsChanged,
  guideChanged,
];
