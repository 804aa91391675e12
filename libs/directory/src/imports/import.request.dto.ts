import { ApiPropertyOptional } from '@nestjs/swagger';
import { IsIn, IsOptional } from 'class-validator';

export class ImportRequestDto {
  @ApiPropertyOptional({ enum: ['true', 'false'], description: 'true: only say what the import would do' })
  @IsOptional()
  @IsIn(['true', 'false'])
  dryRun?: 'true' | 'false';
}
