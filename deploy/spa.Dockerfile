# The SPA image for Kubernetes: the built frontend/dist on unprivileged nginx, port 8080; the
# Ingress sends /api and /q/health to the API. Build from the repository root:
#   (cd frontend && npm ci && npm run build)
#   docker build -f deploy/spa.Dockerfile -t gep-monitor/spa:1.0.0 .
FROM nginxinc/nginx-unprivileged:1.28-alpine

# the security headers, rendered at start with KEYCLOAK_URL (set in k8s/spa.yaml)
ENV NGINX_ENVSUBST_OUTPUT_DIR=/etc/nginx NGINX_ENVSUBST_FILTER=^KEYCLOAK_URL$
COPY deploy/nginx/templates/ /etc/nginx/templates/
COPY deploy/nginx/spa-locations.conf /etc/nginx/spa-locations.conf
COPY deploy/nginx/spa.conf /etc/nginx/conf.d/default.conf
COPY frontend/dist/ /usr/share/nginx/html/
