// Checks the JSON API's answers against its own OpenAPI 3.1 document (the one the server serves at
// /api/openapi.json): each response's status must be documented for its path and method, and its body must
// validate against the schema the document gives for that status (OpenAPI 3.1 schemas are JSON Schema
// 2020-12, validated here by ajv's 2020 draft). It also keeps the list of operations a test has seen
// answer 2xx with a valid body, so a suite can require every operation to have been exercised.
import assert from 'node:assert/strict';
import { Ajv2020, type ErrorObject, type ValidateFunction } from 'ajv/dist/2020.js';
import type { Hono } from 'hono';

type Json = Record<string, unknown>;

/** The `$id` the document is added under, so that its `#/components/schemas/…` references resolve. */
const BASE = 'https://crosswire.test/openapi.json';
export const HTTP_METHODS = ['get', 'put', 'post', 'delete', 'patch', 'head', 'options', 'trace'] as const;

export interface Operation {
  /** Upper case: GET, POST, DELETE. */
  method: string;
  /** As the document writes it: /api/stories/{id}. */
  template: string;
  op: Json;
  pattern: RegExp;
}

export interface ApiResponse {
  status: number;
  headers: Headers;
  text: string;
  /** The parsed JSON body (validated against its schema); null when the response has none. */
  body: unknown;
}

const isObject = (v: unknown): v is Json => typeof v === 'object' && v !== null && !Array.isArray(v);

/** A JSON Pointer fragment, as a URI fragment (`{` and `}` percent-encoded). */
function pointer(...parts: string[]): string {
  return `#${parts.map((p) => `/${encodeURIComponent(p.replace(/~/gu, '~0').replace(/\//gu, '~1'))}`).join('')}`;
}

/** The value a JSON Pointer fragment (as `$ref` writes it) names in `doc`, or undefined. */
export function resolvePointer(doc: unknown, ref: string): unknown {
  if (!ref.startsWith('#/')) return undefined;
  let node: unknown = doc;
  for (const raw of ref.slice(2).split('/')) {
    const part = decodeURIComponent(raw).replace(/~1/gu, '/').replace(/~0/gu, '~');
    if (!isObject(node) && !Array.isArray(node)) return undefined;
    node = (node as Record<string, unknown>)[part];
    if (node === undefined) return undefined;
  }
  return node;
}

function templatePattern(template: string): RegExp {
  const source = template
    .split(/(\{[^}]+\})/u)
    .map((part) => (/^\{[^}]+\}$/u.test(part) ? '[^/]+' : part.replace(/[.*+?^${}()|[\]\\]/gu, '\\$&')))
    .join('');
  return new RegExp(`^${source}$`, 'u');
}

function describeErrors(errors: readonly ErrorObject[] | null | undefined, data: unknown): string {
  return (errors ?? [])
    .slice(0, 8)
    .map((e) => {
      const at = e.instancePath || '(root)';
      const value = JSON.stringify(resolvePointer(data, `#${e.instancePath}`) ?? (e.instancePath ? undefined : data));
      return `${at} ${e.message ?? ''} ${JSON.stringify(e.params)} [${e.schemaPath}] value: ${(value ?? 'undefined').slice(0, 200)}`;
    })
    .join('\n  ');
}

export class OpenApiChecker {
  readonly ajv: Ajv2020;
  readonly operations: Operation[] = [];
  /** `METHOD template` of every operation seen answering 2xx with a valid body. */
  readonly exercised = new Set<string>();
  private readonly validators = new Map<string, ValidateFunction>();

  constructor(readonly doc: Json) {
    this.ajv = new Ajv2020({ allErrors: true, strict: true });
    // The document itself is not a schema; its top-level members are declared as (inert) keywords so that
    // strict mode accepts it as the root the references point into.
    for (const key of Object.keys(doc)) if (key !== '$id') this.ajv.addKeyword({ keyword: key });
    this.ajv.addSchema({ ...doc, $id: BASE });
    const paths = isObject(doc.paths) ? doc.paths : {};
    for (const [template, item] of Object.entries(paths)) {
      if (!isObject(item)) continue;
      for (const method of HTTP_METHODS) {
        const op = item[method];
        if (isObject(op)) this.operations.push({ method: method.toUpperCase(), template, op, pattern: templatePattern(template) });
      }
    }
  }

  /** The document the app serves. */
  static async load(app: Hono): Promise<OpenApiChecker> {
    const res = await app.request('/api/openapi.json');
    assert.equal(res.status, 200, 'GET /api/openapi.json');
    assert.match(res.headers.get('content-type') ?? '', /^application\/json/u);
    const doc: unknown = await res.json();
    assert.ok(isObject(doc), 'the OpenAPI document is a JSON object');
    const checker = new OpenApiChecker(doc);
    // The document is itself an endpoint: check its own answer against what it says of itself.
    const again = await app.request('/api/openapi.json');
    await checker.check('GET', '/api/openapi.json', again);
    return checker;
  }

  /** The documented operation a request goes to: a literal path before a templated one. */
  find(method: string, pathname: string): Operation | undefined {
    const candidates = this.operations.filter((o) => o.method === method.toUpperCase() && o.pattern.test(pathname));
    return candidates.find((o) => !o.template.includes('{')) ?? candidates[0];
  }

  /** The compiled validator of the schema at `ref` (a fragment into the document). */
  validator(ref: string): ValidateFunction {
    let v = this.validators.get(ref);
    if (!v) {
      v = this.ajv.compile({ $ref: `${BASE}${ref}` });
      this.validators.set(ref, v);
    }
    return v;
  }

  /** The validator of an operation's JSON response schema for a status, null when that response has no body. */
  responseValidator(operation: Operation, status: string): ValidateFunction | null {
    const response = (operation.op.responses as Json)[status];
    assert.ok(isObject(response), `${operation.method} ${operation.template}: no response ${status} documented`);
    if (!isObject(response.content)) return null;
    assert.ok(isObject(response.content['application/json']), `${operation.method} ${operation.template} ${status}: only application/json bodies are expected`);
    return this.validator(pointer('paths', operation.template, operation.method.toLowerCase(), 'responses', status, 'content', 'application/json', 'schema'));
  }

  /** The validator of an operation's JSON request body. */
  requestValidator(method: string, template: string): ValidateFunction {
    return this.validator(pointer('paths', template, method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'));
  }

  /** Problems with a request body the server accepted, measured against the documented request schema. */
  requestBodyProblems(method: string, template: string, body: unknown): string | null {
    const v = this.requestValidator(method, template);
    return v(body) ? null : describeErrors(v.errors, body);
  }

  /**
   * Reads the response and checks it against the document: the status is documented for the operation,
   * the body is what that status documents (JSON valid against its schema, or nothing). A 304 (an ETag
   * revalidated) must have no body.
   */
  async check(method: string, url: string, res: Response): Promise<ApiResponse> {
    const where = `${method} ${url}`;
    const text = await res.text();
    const pathname = new URL(url, 'http://127.0.0.1').pathname;
    const operation = this.find(method, pathname);
    assert.ok(operation, `${where}: no operation of the OpenAPI document matches`);
    const status = res.status;
    if (status === 304) {
      assert.equal(text, '', `${where}: a 304 has no body`);
      return { status, headers: res.headers, text, body: null };
    }
    const responses = operation.op.responses as Json;
    const key = String(status) in responses ? String(status) : 'default' in responses ? 'default' : null;
    assert.ok(key, `${where}: answered ${status}, which the document does not list for ${operation.method} ${operation.template} (it lists ${Object.keys(responses).join(', ')}); body: ${text.slice(0, 300)}`);
    const v = this.responseValidator(operation, key);
    let body: unknown = null;
    if (v === null) {
      assert.equal(text, '', `${where}: the ${status} response documents no body`);
    } else {
      assert.match(res.headers.get('content-type') ?? '', /^application\/json\b/u, `${where}: JSON content type`);
      try {
        body = JSON.parse(text);
      } catch {
        assert.fail(`${where}: the body is not JSON: ${text.slice(0, 300)}`);
      }
      assert.ok(v(body), `${where} (${status}) does not match its schema in the OpenAPI document:\n  ${describeErrors(v.errors, body)}`);
    }
    if (status >= 200 && status < 300) this.exercised.add(`${operation.method} ${operation.template}`);
    return { status, headers: res.headers, text, body };
  }
}

/** `/api/stories/:id` (Hono) → `/api/stories/{id}` (OpenAPI). */
export const honoToOpenApi = (path: string): string => path.replace(/:([A-Za-z_][A-Za-z0-9_]*)/gu, '{$1}');

function walk(node: unknown, at: string, visit: (node: Json, at: string) => void): void {
  if (Array.isArray(node)) node.forEach((n, i) => walk(n, `${at}/${i}`, visit));
  else if (isObject(node)) {
    visit(node, at);
    for (const [k, v] of Object.entries(node)) walk(v, `${at}/${k}`, visit);
  }
}

function compiles(checker: OpenApiChecker, ref: string): string | null {
  try {
    checker.validator(ref);
    return null;
  } catch (e) {
    return e instanceof Error ? e.message : String(e);
  }
}

/**
 * What is wrong with the document as an OpenAPI 3.1 description (the parts these tests rely on): its version,
 * references that name nothing, schemas that do not compile under JSON Schema 2020-12, path parameters
 * that the path does not have (or the reverse), responses without a description, operations without a
 * success response, and operations that take input without documenting the 400 their bad input gets.
 */
export function documentProblems(checker: OpenApiChecker): string[] {
  const { doc } = checker;
  const problems: string[] = [];
  if (typeof doc.openapi !== 'string' || !/^3\.1\.\d+$/u.test(doc.openapi)) problems.push(`openapi is ${JSON.stringify(doc.openapi)}, expected 3.1.x`);
  const info = isObject(doc.info) ? doc.info : {};
  if (typeof info.title !== 'string' || typeof info.version !== 'string') problems.push('info needs a title and a version');
  walk(doc, '#', (node, at) => {
    if (typeof node.$ref === 'string' && resolvePointer(doc, node.$ref) === undefined) problems.push(`${at}: $ref ${node.$ref} names nothing`);
  });
  const schemas = isObject(doc.components) && isObject(doc.components.schemas) ? doc.components.schemas : {};
  for (const name of Object.keys(schemas)) {
    const error = compiles(checker, pointer('components', 'schemas', name));
    if (error) problems.push(`components.schemas.${name}: ${error}`);
  }
  for (const o of checker.operations) {
    const where = `${o.method} ${o.template}`;
    const responses = isObject(o.op.responses) ? o.op.responses : {};
    if (!Object.keys(responses).some((s) => /^2\d\d$/u.test(s))) problems.push(`${where}: no 2xx response`);
    for (const [status, r] of Object.entries(responses)) {
      if (!isObject(r) || typeof r.description !== 'string') problems.push(`${where} ${status}: a response needs a description`);
      else if (isObject(r.content)) {
        for (const type of Object.keys(r.content)) {
          const error = compiles(checker, pointer('paths', o.template, o.method.toLowerCase(), 'responses', status, 'content', type, 'schema'));
          if (error) problems.push(`${where} ${status} ${type}: ${error}`);
        }
      }
    }
    const params = Array.isArray(o.op.parameters) ? (o.op.parameters as unknown[]).filter(isObject) : [];
    const seen = new Set<string>();
    params.forEach((p, i) => {
      const id = `${String(p.in)}:${String(p.name)}`;
      if (seen.has(id)) problems.push(`${where}: parameter ${id} twice`);
      seen.add(id);
      if (!['query', 'path', 'header', 'cookie'].includes(String(p.in))) problems.push(`${where}: parameter ${String(p.name)} is in ${String(p.in)}`);
      if (p.in === 'path' && p.required !== true) problems.push(`${where}: path parameter ${String(p.name)} must be required`);
      const error = compiles(checker, pointer('paths', o.template, o.method.toLowerCase(), 'parameters', String(i), 'schema'));
      if (error) problems.push(`${where}: parameter ${String(p.name)}: ${error}`);
    });
    const inTemplate = [...o.template.matchAll(/\{([^}]+)\}/gu)].map((m) => m[1] as string).sort();
    const declared = params.filter((p) => p.in === 'path').map((p) => String(p.name)).sort();
    if (JSON.stringify(inTemplate) !== JSON.stringify(declared)) problems.push(`${where}: path parameters declared ${declared.join(',') || 'none'}, the path has ${inTemplate.join(',') || 'none'}`);
    if (o.op.requestBody !== undefined) {
      const error = compiles(checker, pointer('paths', o.template, o.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'));
      if (error) problems.push(`${where} request body: ${error}`);
    }
    if ((params.length > 0 || o.op.requestBody !== undefined) && !('400' in responses)) problems.push(`${where}: takes input but documents no 400`);
  }
  return problems;
}
