# Build: cgo is needed for mattn/go-sqlite3.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /out/bot ./bot
# The database directory, made here because the final image has no shell.
RUN mkdir -p /out/data

# Run: a small Debian image with glibc (the binary links it) and CA roots.
FROM gcr.io/distroless/base-debian12:nonroot
WORKDIR /app
COPY --from=build /out/bot /app/bot
# Owned by the image's nonroot user (65532): a new volume mounted on /data
# takes this ownership, so the bot can create its database there.
COPY --from=build --chown=65532:65532 /out/data /data
ENV DATABASE_PATH=/data/knowledge.db
VOLUME ["/data"]
ENTRYPOINT ["/app/bot"]
CMD ["serve"]
