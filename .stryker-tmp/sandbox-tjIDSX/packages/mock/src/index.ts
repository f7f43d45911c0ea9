// @ts-nocheck
export { startMock, type MockOptions, type RunningMock } from './server.ts';
export { loadMockSpec, defaultSpecPath, type MockSpec, type OperationPolicy } from './spec.ts';
export { demoCredentials } from './demo.ts';
