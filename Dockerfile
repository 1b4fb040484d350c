# Build: cgo is needed for mattn/go-sqlite3.
FROM golang:1.26-bookworm AS build
WORKDIR /src
COPY go.mod go.sum ./
RUN go mod download
COPY . .
RUN CGO_ENABLED=1 go build -trimpath -ldflags="-s -w" -o /out/bot ./bot

# Run: a small Debian image with glibc (the binary links it) and CA roots.
FROM gcr.io/distroless/base-debian12:nonroot
WORKDIR /app
COPY --from=build /out/bot /app/bot
ENV DATABASE_PATH=/data/knowledge.db
VOLUME ["/data"]
ENTRYPOINT ["/app/bot"]
CMD ["serve"]
