import { API_BASE, type RouteDef, type RouteKey, routeEntries, splitRouteKey } from "@liaison/core";

export interface CompiledRoute {
  key: RouteKey;
  method: string;
  path: string;
  def: RouteDef;
  pattern: RegExp;
  paramNames: string[];
}

/** The route table as matchers, most specific (fewest parameters) first, like API Gateway. */
export function compileRoutes(): CompiledRoute[] {
  return routeEntries()
    .map(([key, def]) => {
      const { method, path } = splitRouteKey(key);
      const paramNames: string[] = [];
      const source = path
        .split("/")
        .map((segment) => {
          const m = /^\{(\w+)\}$/.exec(segment);
          if (!m?.[1]) return segment.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
          paramNames.push(m[1]);
          return "([^/]+)";
        })
        .join("/");
      return { key, method, path, def, pattern: new RegExp(`^${source}$`), paramNames };
    })
    .sort((a, b) => a.paramNames.length - b.paramNames.length);
}

export function matchRoute(
  routes: CompiledRoute[],
  method: string,
  apiPath: string,
): { route: CompiledRoute; params: Record<string, string> } | { allowed: string[] } | undefined {
  const allowed: string[] = [];
  for (const route of routes) {
    const m = route.pattern.exec(apiPath);
    if (!m) continue;
    if (route.method !== method) {
      allowed.push(route.method);
      continue;
    }
    const params: Record<string, string> = {};
    route.paramNames.forEach((name, i) => {
      params[name] = decodeURIComponent(m[i + 1] ?? "");
    });
    return { route, params };
  }
  return allowed.length ? { allowed } : undefined;
}

export const apiPathOf = (pathname: string): string | undefined =>
  pathname === API_BASE || pathname.startsWith(`${API_BASE}/`) ? pathname.slice(API_BASE.length) || "/" : undefined;
