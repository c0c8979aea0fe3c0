# The newcomer's commands: `make run` and `make test` (see README.md).
SHELL := /bin/bash
.DEFAULT_GOAL := help
.PHONY: help deps build run test mutatietest bench clean

help:
	@echo "make run    installeren wat ontbreekt, release bouwen, demogegevens (lege database) en Regie starten"
	@echo "make test   installeren wat ontbreekt, webapp en debug bouwen (ASan+UBSan) en alle tests draaien, ook in de browser"
	@echo "make build  alleen de release bouwen"
	@echo "make mutatietest  geplante defecten (tests/mutaties/) die de tests moeten vangen"
	@echo "make bench  benchmarks en de belastingtest (zie docs/performance.md)"
	@echo "make clean  build/ weggooien"

deps:
	@scripts/install-deps

build: deps
	scripts/build-web
	cmake --preset release
	cmake --build --preset release

run: build
	build/release/regie demo --indien-leeg
	build/release/regie serve

test: deps
	scripts/build-web
	scripts/npm-tools
	scripts/lint-api
	cmake --preset debug
	cmake --build --preset debug
	scripts/with-postgres ctest --preset debug

mutatietest: deps
	cmake --preset debug
	cmake --build --preset debug
	tests/mutaties/run

bench:
	@scripts/install-deps --bench
	cmake --preset release
	cmake --build --preset release
	build/release/regie_bench
	bench/load/run
	bench/load/run-postgres
	bench/load/run-cluster

clean:
	rm -rf build
