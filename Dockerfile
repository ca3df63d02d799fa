# CchcPlanner: build with the .NET 10 SDK, run on the ASP.NET Core runtime with Chromium and fonts for PDF output.
FROM mcr.microsoft.com/dotnet/sdk:10.0 AS build
WORKDIR /src
COPY global.json Directory.Build.props Directory.Packages.props .editorconfig CchcPlanner.sln ./
COPY src/ src/
RUN dotnet publish src/CchcPlanner.Web -c Release -o /app/web \
 && dotnet publish src/CchcPlanner.Cli -c Release -o /app/cli

# Debian, not the default Ubuntu image: Ubuntu's chromium package is a snap stub that cannot run in a container.
FROM mcr.microsoft.com/dotnet/aspnet:10.0-trixie-slim AS runtime
RUN apt-get update \
 && apt-get install -y --no-install-recommends chromium-headless-shell fonts-liberation2 \
 && rm -rf /var/lib/apt/lists/* \
 && useradd --create-home --uid 10001 cchc \
 && mkdir -p /data && chown cchc /data
COPY --from=build /app/web /app
COPY --from=build /app/cli /opt/cchc
RUN ln -s /opt/cchc/cchc /usr/local/bin/cchc
USER cchc
WORKDIR /app
ENV ASPNETCORE_URLS=http://+:8080 \
    Storage__DataFolder=/data
EXPOSE 8080
VOLUME /data
HEALTHCHECK --interval=30s --timeout=5s CMD ["/bin/sh", "-c", "exec 3<>/dev/tcp/127.0.0.1/8080"]
ENTRYPOINT ["dotnet", "CchcPlanner.Web.dll"]
